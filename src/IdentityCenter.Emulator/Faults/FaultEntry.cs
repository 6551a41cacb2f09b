namespace IdentityCenter.Emulator.Faults;

/// <summary>Mutable bookkeeping for one registered fault; only touched under the injector's lock.</summary>
internal sealed class FaultEntry
{
    private readonly Random _random;

    public FaultEntry(string id, FaultRule rule)
    {
        Id = id;
        Rule = rule;
        Remaining = rule.Count;
        _random = rule.Seed is { } seed ? new Random(seed) : new Random();
    }

    public string Id { get; }

    public FaultRule Rule { get; }

    public int? Remaining { get; private set; }

    public int TimesApplied { get; private set; }

    public bool IsSpent => Remaining is <= 0;

    /// <summary>Draws for a request of <paramref name="operation"/>; true consumes one use.</summary>
    public bool TryApply(EmulatorOperation operation)
    {
        if (IsSpent || (Rule.Operation != EmulatorOperation.Any && Rule.Operation != operation))
        {
            return false;
        }

        // A wildcard fail rule waits for an operation it can fail instead of being spent on one it cannot.
        if (Rule.Fail is not null && !operation.IsAsynchronous())
        {
            return false;
        }

        // Only matching requests draw, so a seeded rule gives the same pattern whatever else is sent.
        if (Rule.Probability is { } p && _random.NextDouble() >= p)
        {
            return false;
        }

        Remaining--;
        TimesApplied++;
        return true;
    }

    public ActiveFault ToActiveFault() => new(Id, Rule, Remaining, TimesApplied);
}
