namespace IdentityCenter.Core.Tests.Waiting;

/// <summary>A clock that moves only when a pause is "waited", so a wait's schedule can be followed step by step.</summary>
internal sealed class FakeClock
{
    public DateTimeOffset Now { get; private set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public List<TimeSpan> Pauses { get; } = new();

    public Task Delay(TimeSpan pause, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Pauses.Add(pause);
        Now += pause;
        return Task.CompletedTask;
    }

    public void Advance(TimeSpan by) => Now += by;
}
