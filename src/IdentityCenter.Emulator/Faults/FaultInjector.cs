namespace IdentityCenter.Emulator.Faults;

/// <summary>
/// The registered faults. Rules are tried in the order added; the first that applies wins, and a rule
/// whose count is used up is removed.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<FaultEntry> _entries = new();
    private long _nextId;

    /// <summary>Registers a rule and returns its handle; throws <see cref="ArgumentException"/> for an invalid rule.</summary>
    public ActiveFault Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        rule.Validate();
        lock (_gate)
        {
            var entry = new FaultEntry("fault-" + (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture), rule);
            _entries.Add(entry);
            return entry.ToActiveFault();
        }
    }

    /// <summary>Registers several rules at once: either all (when all are valid) or none.</summary>
    public IReadOnlyList<ActiveFault> AddRange(IEnumerable<FaultRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        List<FaultRule> list = rules.ToList();
        foreach (FaultRule rule in list)
        {
            rule.Validate();
        }

        lock (_gate)
        {
            return list.Select(Add).ToArray();
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _entries.RemoveAll(e => e.Id == id) > 0;
        }
    }

    /// <summary>Removes every rule and returns how many there were.</summary>
    public int Clear()
    {
        lock (_gate)
        {
            int count = _entries.Count;
            _entries.Clear();
            return count;
        }
    }

    public IReadOnlyList<ActiveFault> List()
    {
        lock (_gate)
        {
            return _entries.Select(static e => e.ToActiveFault()).ToArray();
        }
    }

    internal FaultRule? Match(EmulatorOperation operation)
    {
        lock (_gate)
        {
            foreach (FaultEntry entry in _entries)
            {
                if (entry.TryApply(operation))
                {
                    if (entry.IsSpent)
                    {
                        _entries.Remove(entry);
                    }

                    return entry.Rule;
                }
            }

            return null;
        }
    }
}
