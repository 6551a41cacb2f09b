using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Security;
using IdentityCenter.Core;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Arguments;
using IdentityCenter.PowerShell.Commands;

namespace IdentityCenter.PowerShell.Completion
{
    /// <summary>
    /// Completes -InstanceId with the instances the service lists for the account the command would use (its typed
    /// credential parameters, else the session, the environment, the credentials file). The list is cached for the
    /// session; a slow or failing service gives no suggestions and no error. Only the session's or the environment's
    /// endpoint is ever asked: an -EndpointUrl typed on the line, not yet run, gets no signed request.
    /// </summary>
    public sealed class InstanceIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var connection = CompletionConnection.From(fakeBoundParameters, PipelineValue.Unwrap, ReadCredential);
                var session = SessionStore.Process.Current;
                if (!connection.MayAsk(session, CredentialEnvironment.Process))
                {
                    return Array.Empty<CompletionResult>();
                }

                var setup = ClientSetup.Create(null, connection.Input, session, CredentialEnvironment.Process, NullEventSink.Instance);
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

    /// <summary>
    /// The connection parameters already typed on the command line being completed. Values PowerShell could not
    /// evaluate are simply absent.
    /// </summary>
    internal sealed class CompletionConnection
    {
        private CompletionConnection(string? endpointUrl, CredentialInput input)
        {
            EndpointUrl = endpointUrl;
            Input = input;
        }

        /// <summary>The -EndpointUrl typed on the line; never called, only compared with the configured endpoint.</summary>
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

        /// <summary>
        /// Whether completion may ask the configured endpoint: yes when nothing was typed for -EndpointUrl or the
        /// typed text names that same endpoint; no for another one, whose instances the configured endpoint cannot list.
        /// </summary>
        public bool MayAsk(SessionSettings session, CredentialEnvironment environment)
        {
            if (string.IsNullOrWhiteSpace(EndpointUrl))
            {
                return true;
            }

            try
            {
                var configured = IdcClientOptions.Resolve(null, session, environment).Endpoint;
                var typed = Core.Http.EndpointPolicy.Parse(EndpointUrl!, "-EndpointUrl");
                return string.Equals(configured.GetLeftPart(UriPartial.Path).TrimEnd('/'), typed.GetLeftPart(UriPartial.Path).TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
            }
            catch (IdcConfigurationException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Instance ids to offer for what was typed: an id that starts with it, or an id whose alias does, so a user who
    /// remembers only the alias still finds the instance. Ids need no quoting: they are letters, digits and dashes.
    /// </summary>
    internal static class InstanceSuggestions
    {
        public static IReadOnlyList<Suggestion> For(string? wordToComplete, IEnumerable<IdentityCenterInstance> instances)
        {
            var typed = CompletionWord.Unquote(wordToComplete);
            return instances
                .Where(i => !string.IsNullOrEmpty(i.InstanceId))
                .Where(i => CompletionWord.Starts(i.InstanceId, typed) || (i.Alias != null && CompletionWord.Starts(i.Alias, typed)))
                .OrderBy(i => i.InstanceId, StringComparer.Ordinal)
                .Select(i => new Suggestion(
                    i.InstanceId,
                    string.IsNullOrEmpty(i.Alias) ? i.InstanceId : i.InstanceId + " (" + i.Alias + ")",
                    "Identity Center instance " + i.InstanceId + (string.IsNullOrEmpty(i.Alias) ? string.Empty : ", alias " + i.Alias) +
                    (string.IsNullOrEmpty(i.IdentityStoreId) ? string.Empty : ", identity store " + i.IdentityStoreId)))
                .ToList();
        }
    }
}
