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
        private EventCallbacks? callbacks;
        private TaskPump? pump;
        private InFlightWindow? window;
        private bool? mayAsk;

        internal IdentityCenterClient Client =>
            client ?? throw new InvalidOperationException("The client is prepared in BeginProcessing, before any item.");

        /// <summary>Cancelled by Ctrl+C; for calls a command starts now and waits for later.</summary>
        internal CancellationToken StopToken => stopping.Token;

        /// <summary>The most calls <see cref="Submit{T}"/> keeps in flight; <see cref="IdcBatchCmdlet"/> takes it from -ThrottleLimit.</summary>
        internal virtual int MaxInFlight => 1;

        // The streams' writers, bound once per invocation rather than once per item.
        private EventCallbacks Callbacks => callbacks ??= new EventCallbacks(WriteVerbose, WriteDebug, WriteWarning);

        public void Dispose()
        {
            window?.Dispose();
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
            events.ShowsVerbose = Shows("Verbose", "VerbosePreference");
            events.ShowsDebug = Shows("Debug", "DebugPreference");
            WriteVerbose(setup.Summary);
        }

        /// <summary>Writes what <see cref="Submit{T}"/> still holds; a command that overrides this calls it first.</summary>
        protected override void EndProcessing() => DrainWindow();

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
        /// Asks -WhatIf and -Confirm about one item. When the question may be put to the user (-Confirm, or a
        /// $ConfirmPreference at or below the command's impact), the items already submitted are finished and written
        /// first, so the question comes after the answers to the earlier ones.
        /// </summary>
        internal bool ShouldProcessItem(ItemOperation operation)
        {
            if (window != null && window.Pending > 0 && MayAsk)
            {
                DrainWindow();
            }

            return ShouldProcess(operation.Target, operation.Action);
        }

        /// <summary>
        /// Runs one item's core call on the pipeline thread, writing its events as they come. A failure of the item is
        /// written as a non-terminating error and the method returns false, so the batch goes on.
        /// </summary>
        internal bool TryCall<T>(ItemOperation operation, Func<IdentityCenterClient, CancellationToken, Task<T>> call, out T result)
        {
            pump ??= new TaskPump(events, Callbacks);
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
                WriteItemError(ex, operation);
                result = default!;
                return false;
            }
        }

        /// <summary>
        /// Starts one item's core call, or puts it in line behind those in flight, and returns so the next item binds while
        /// it runs; up to <see cref="MaxInFlight"/> calls run at once, fewer while the service throttles. <paramref name="onResult"/>
        /// gets each success on the pipeline thread in input order, from this method for an earlier item or from
        /// EndProcessing; a failure is written as the item's non-terminating error, as <see cref="TryCall{T}"/> does.
        /// Calls for the same <see cref="ItemOperation.Key"/> never overlap. Ask ShouldProcess before submitting.
        /// </summary>
        internal void Submit<T>(ItemOperation operation, Func<IdentityCenterClient, CancellationToken, Task<T>> call, Action<T> onResult)
        {
            var active = window ??= new InFlightWindow(events, Callbacks, new ConcurrencyLimiter(MaxInFlight, ConcurrencyLimiter.MonotonicNow), stopping.Token);
            var callClient = Client;
            try
            {
                active.Submit(operation.Key, token => call(callClient, token), task => Complete(operation, task, onResult));

                // One at a time with its verbose or debug lines shown, each item's lines and output come before the next
                // item is read, so they read as a story; otherwise the next item is read and checked while this one is
                // on the wire, and is sent when it is answered.
                if (MaxInFlight == 1 && (events.ShowsVerbose || events.ShowsDebug))
                {
                    active.Drain();
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>Whether ShouldProcess may put a question to the user in this invocation; decided once.</summary>
        private bool MayAsk => mayAsk ??= DecideMayAsk();

        private bool DecideMayAsk()
        {
            bool? confirm = MyInvocation.BoundParameters.TryGetValue("Confirm", out var given) && given is SwitchParameter confirmSwitch ? confirmSwitch.IsPresent : null;
            var attribute = (CmdletAttribute?)Attribute.GetCustomAttribute(GetType(), typeof(CmdletAttribute));
            return ConfirmQuestion.MayBeAsked(confirm, WhatIfInEffect(), GetVariableValue("ConfirmPreference"), attribute?.ConfirmImpact ?? ConfirmImpact.Medium);
        }

        /// <summary>-WhatIf as given, else $WhatIfPreference.</summary>
        private protected bool WhatIfInEffect() =>
            MyInvocation.BoundParameters.TryGetValue("WhatIf", out var given)
                ? given is SwitchParameter whatIf && whatIf.IsPresent
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));

        /// <summary>Whether a stream of this command is shown or kept: its switch when given, else the caller's preference.</summary>
        private bool Shows(string switchName, string preferenceName)
        {
            if (MyInvocation.BoundParameters.TryGetValue(switchName, out var given) && given is SwitchParameter flag)
            {
                return flag.IsPresent;
            }

            var preference = GetVariableValue(preferenceName);
            var value = preference is ActionPreference known ? known
                : preference != null && Enum.TryParse(preference.ToString(), true, out ActionPreference parsed) ? parsed
                : ActionPreference.Continue;
            return value != ActionPreference.SilentlyContinue && value != ActionPreference.Ignore;
        }

        private void DrainWindow()
        {
            if (window == null)
            {
                return;
            }

            try
            {
                window.Drain();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        private void Complete<T>(ItemOperation operation, Task<T> task, Action<T> onResult)
        {
            T result;
            try
            {
                result = task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception ex) when (ErrorMapper.Describes(ex))
            {
                WriteItemError(ex, operation);
                return;
            }

            onResult(result);
        }

        private void WriteItemError(Exception ex, ItemOperation operation)
        {
            var description = ErrorMapper.ForItem(ex, operation);
            var record = ErrorRecords.From(description);
            if (description.IsTerminating)
            {
                ThrowTerminatingError(record);
            }

            WriteError(record);
        }
    }
}
