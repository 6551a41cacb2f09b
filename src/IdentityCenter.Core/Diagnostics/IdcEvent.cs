namespace IdentityCenter.Core.Diagnostics
{
    /// <summary>Something the core reports while a call runs: a request sent, a reply, a retry. Never carries a secret.</summary>
    public sealed class IdcEvent
    {
        public IdcEvent(IdcEventLevel level, string message)
        {
            Level = level;
            Message = message;
        }

        public IdcEventLevel Level { get; }

        public string Message { get; }

        public override string ToString() => Level + ": " + Message;
    }
}
