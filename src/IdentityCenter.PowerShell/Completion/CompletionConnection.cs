using System;
using System.Collections;
using System.Security;
using IdentityCenter.Core.Credentials;
using IdentityCenter.PowerShell.Commands;

namespace IdentityCenter.PowerShell.Completion
{
    /// <summary>
    /// The connection parameters already typed on the command line being completed, so -InstanceId is completed from
    /// the same service and account the command will call. Values PowerShell could not evaluate are simply absent.
    /// </summary>
    internal sealed class CompletionConnection
    {
        private CompletionConnection(string? endpointUrl, CredentialInput input)
        {
            EndpointUrl = endpointUrl;
            Input = input;
        }

        public string? EndpointUrl { get; }

        public CredentialInput Input { get; }

        /// <param name="boundParameters">PowerShell's fake bound parameters: names to values, possibly wrapped.</param>
        /// <param name="unwrap">Takes a value out of its PowerShell wrapper; the identity outside PowerShell.</param>
        /// <param name="credentialParts">Reads a PSCredential; null for anything else.</param>
        public static CompletionConnection From(IDictionary? boundParameters, Func<object?, object?> unwrap, Func<object?, CredentialParts?> credentialParts)
        {
            if (boundParameters == null)
            {
                return new CompletionConnection(null, new CredentialInput());
            }

            var fromCredential = credentialParts(Value("Credential"));
            var input = new CredentialInput
            {
                AccessKeyId = fromCredential != null ? fromCredential.AccessKeyId : Value("AccessKeyId") as string,
                SecretAccessKey = fromCredential != null ? fromCredential.SecretAccessKey : Value("SecretAccessKey") as SecureString,
                SecurityToken = Value("SecurityToken") as SecureString,
                DomainId = Value("DomainId") as string,
            };
            return new CompletionConnection(Value("EndpointUrl") as string, input);

            object? Value(string name) => boundParameters.Contains(name) ? unwrap(boundParameters[name]) : null;
        }
    }
}
