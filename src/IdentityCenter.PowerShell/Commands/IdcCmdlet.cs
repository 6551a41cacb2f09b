using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core;
using IdentityCenter.Core.Credentials;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Threading;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// What every command that calls the service shares: one client per invocation from the credential chain (the
    /// parameters, the session, the environment, the credentials file), Ctrl+C, and how a core call's events,
    /// results and failures reach PowerShell's streams.
    /// </summary>
    public abstract class IdcCmdlet : IdcCredentialCmdlet, IDisposable
    {
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private readonly QueuedEventSink events = new QueuedEventSink();
        private IdentityCenterClient? client;

        internal IdentityCenterClient Client =>
            client ?? throw new InvalidOperationException("The client is prepared in BeginProcessing, before any item.");

        /// <summary>Cancelled by Ctrl+C; for calls a command starts now and waits for later.</summary>
        internal CancellationToken StopToken => stopping.Token;

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
                setup = ClientSetup.Create(EndpointUrl, BuildCredentialInput(), SessionStore.Process.Current, CredentialEnvironment.Process, events);
            }
            catch (ClientSetupException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ErrorMapper.ForSetup(ex)));
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
                var record = ErrorRecords.From(description);
                if (description.IsTerminating)
                {
                    ThrowTerminatingError(record);
                }

                WriteError(record);
                result = default!;
                return false;
            }
        }
    }
}
