using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.PowerShell.Arguments;
using IdentityCenter.PowerShell.Commands;

namespace IdentityCenter.PowerShell.Completion
{
    /// <summary>
    /// Completes -InstanceId with the instances the service lists for the account the command would use (its typed
    /// connection parameters, else the session, the environment, the credentials file). The list is cached for the
    /// session; a slow or failing service gives no suggestions and no error.
    /// </summary>
    public sealed class InstanceIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var connection = CompletionConnection.From(fakeBoundParameters, PipelineValue.Unwrap, ReadCredential);
                var setup = ClientSetup.Create(connection.EndpointUrl, connection.Input, SessionStore.Process.Current, CredentialEnvironment.Process, NullEventSink.Instance);
                var instances = InstanceCatalog.Shared.Get(setup.ConnectionKey, token => setup.Client.ListInstancesAsync(token));
                return InstanceSuggestions.For(wordToComplete, instances).Select(CompletionResults.From).ToList();
            }
            catch (Exception)
            {
                // No usable settings (or anything else): completion stays silent rather than interrupt typing.
                return Array.Empty<CompletionResult>();
            }
        }

        private static CredentialParts? ReadCredential(object? value) =>
            value is PSCredential credential ? new CredentialParts(credential.UserName, credential.Password) : null;
    }
}
