using System;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core;
using IdentityCenter.Core.Credentials;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Threading;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// What every IdentityCenter command shares: the credential and endpoint parameters, one client per invocation,
    /// Ctrl+C, and how a core call's events and failures reach PowerShell's streams.
    /// </summary>
    public abstract class IdcCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private readonly QueuedEventSink events = new QueuedEventSink();
        private IdentityCenterClient? client;

        /// <summary>The access key id; give -SecretAccessKey with it.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.AccessKey)]
        [ValidateNotNullOrEmpty]
        public string? AccessKeyId { get; set; }

        /// <summary>The secret access key, as a SecureString so it never sits in plain text in the session.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.AccessKey)]
        [ValidateNotNull]
        public SecureString? SecretAccessKey { get; set; }

        /// <summary>The access key pair as a credential: user name = access key id, password = secret key.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.Credential)]
        [ValidateNotNull]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>The security token of temporary credentials.</summary>
        [Parameter(ParameterSetName = ParameterSets.AccessKey)]
        [Parameter(ParameterSetName = ParameterSets.Credential)]
        [ValidateNotNull]
        public SecureString? SecurityToken { get; set; }

        /// <summary>The account (domain) id; when missing it is looked up once per access key.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? DomainId { get; set; }

        /// <summary>Another Identity Center endpoint, such as a local emulator at http://127.0.0.1:5080.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? EndpointUrl { get; set; }

        internal IdentityCenterClient Client =>
            client ?? throw new InvalidOperationException("The client is prepared in BeginProcessing, before any item.");

        /// <summary>The core's view of the credential parameters, reading -Credential's parts.</summary>
        internal CredentialInput BuildCredentialInput() =>
            BuildCredentialInput(Credential == null ? null : new CredentialParts(Credential.UserName, Credential.Password));

        /// <param name="fromCredential">The parts of -Credential when it was given; they take the place of -AccessKeyId/-SecretAccessKey.</param>
        internal CredentialInput BuildCredentialInput(CredentialParts? fromCredential) => new CredentialInput
        {
            AccessKeyId = fromCredential != null ? fromCredential.AccessKeyId : AccessKeyId,
            SecretAccessKey = fromCredential != null ? fromCredential.SecretAccessKey : SecretAccessKey,
            SecurityToken = SecurityToken,
            DomainId = DomainId,
        };

        public void Dispose()
        {
            stopping.Dispose();
            events.Dispose();
        }

        protected override void BeginProcessing()
        {
            ClientSetup setup;
            try
            {
                setup = ClientSetup.Create(EndpointUrl, BuildCredentialInput(), CredentialEnvironment.Process, events);
            }
            catch (ClientSetupException ex)
            {
                ThrowTerminatingError(ToErrorRecord(ErrorMapper.ForSetup(ex)));
                return;
            }

            client = setup.Client;
            WriteVerbose(setup.Summary);
        }

        protected override void StopProcessing()
        {
            try
            {
                stopping.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The command already finished.
            }
        }

        /// <summary>
        /// Runs one item's core call on the pipeline thread, writing its events as they come. A failure of the item is
        /// written as a non-terminating error and the method returns false, so the batch goes on.
        /// </summary>
        internal bool TryCall<T>(ItemOperation operation, Func<IdentityCenterClient, CancellationToken, Task<T>> call, out T result)
        {
            var pump = new TaskPump(events, new EventCallbacks(WriteVerbose, WriteDebug, WriteWarning));
            var callClient = Client;
            try
            {
                result = pump.Run(token => call(callClient, token), stopping.Token);
                return true;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception ex) when (ErrorMapper.Describes(ex))
            {
                var description = ErrorMapper.ForItem(ex, operation);
                var record = ToErrorRecord(description);
                if (description.IsTerminating)
                {
                    ThrowTerminatingError(record);
                }

                WriteError(record);
                result = default!;
                return false;
            }
        }

        private static ErrorRecord ToErrorRecord(ErrorDescription description)
        {
            var record = new ErrorRecord(description.Exception, description.ErrorId, description.Category, description.TargetObject)
            {
                ErrorDetails = new ErrorDetails(description.Message) { RecommendedAction = description.RecommendedAction },
            };
            record.CategoryInfo.TargetName = description.TargetName;
            return record;
        }
    }
}
