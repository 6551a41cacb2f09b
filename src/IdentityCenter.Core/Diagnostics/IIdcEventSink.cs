namespace IdentityCenter.Core.Diagnostics
{
    /// <summary>
    /// Receives events from any thread. HTTP continuations run on pool threads, so a PowerShell host queues them
    /// and writes them from the pipeline thread.
    /// </summary>
    public interface IIdcEventSink
    {
        void Report(IdcEvent value);
    }
}
