namespace IdentityCenter.Core.Diagnostics
{
    public sealed class NullEventSink : IIdcEventSink
    {
        public static NullEventSink Instance { get; } = new NullEventSink();

        public void Report(IdcEvent value)
        {
        }
    }
}
