using System;

namespace IdentityCenter.Core.Errors
{
    /// <summary>A request value breaks a documented constraint; it was found before anything was sent.</summary>
    public sealed class IdcValidationException : ArgumentException
    {
        public IdcValidationException(string parameterName, string problem, string limit)
            : base(Compose(parameterName, problem, limit))
        {
            Parameter = parameterName;
            Problem = problem;
            Limit = limit;
        }

        /// <summary>The parameter (request property) at fault, as the user names it: Name, Tag, Policy…</summary>
        public string Parameter { get; }

        public string Problem { get; }

        public string Limit { get; }

        // ArgumentException appends "(Parameter 'x')" to Message; the composed text already names it.
        public override string Message => Compose(Parameter, Problem, Limit);

        public override string ParamName => Parameter;

        private static string Compose(string parameterName, string problem, string limit) =>
            "Invalid value for parameter '" + parameterName + "': " + problem + ". " + limit + ".";
    }
}
