using IdentityCenter.Emulator.Faults;

namespace IdentityCenter.Emulator.Admin;

/// <summary>A fault as the admin API reads and writes it (camelCase; operation "*" means any).</summary>
internal sealed class FaultRuleJson
{
    public string? Id { get; set; }

    public string? Operation { get; set; }

    public int? Count { get; set; }

    public int? Remaining { get; set; }

    public int? TimesApplied { get; set; }

    public double? Probability { get; set; }

    public int? Seed { get; set; }

    public int? Status { get; set; }

    public int? RetryAfterSeconds { get; set; }

    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    public int? DelayMs { get; set; }

    public string? Drop { get; set; }

    public string? Fail { get; set; }

    public FaultRule ToRule()
    {
        if (Id is not null || Remaining is not null || TimesApplied is not null)
        {
            throw new ArgumentException("id, remaining and timesApplied are reported by the emulator and cannot be set.");
        }

        return new FaultRule
        {
            Operation = ParseOperation(Operation),
            Count = Count,
            Probability = Probability,
            Seed = Seed,
            Status = Status,
            RetryAfterSeconds = RetryAfterSeconds,
            ErrorCode = ErrorCode,
            ErrorMessage = ErrorMessage,
            DelayMs = DelayMs,
            Drop = ParseDrop(Drop),
            Fail = Fail,
        };
    }

    public static FaultRuleJson From(ActiveFault fault) => new()
    {
        Id = fault.Id,
        Operation = fault.Rule.Operation == EmulatorOperation.Any ? "*" : fault.Rule.Operation.ToString(),
        Count = fault.Rule.Count,
        Remaining = fault.Remaining,
        TimesApplied = fault.TimesApplied,
        Probability = fault.Rule.Probability,
        Seed = fault.Rule.Seed,
        Status = fault.Rule.Status,
        RetryAfterSeconds = fault.Rule.RetryAfterSeconds,
        ErrorCode = fault.Rule.ErrorCode,
        ErrorMessage = fault.Rule.ErrorMessage,
        DelayMs = fault.Rule.DelayMs,
        Drop = fault.Rule.Drop == FaultDrop.None ? null : fault.Rule.Drop.ToString().ToLowerInvariant(),
        Fail = fault.Rule.Fail,
    };

    private static EmulatorOperation ParseOperation(string? operation)
    {
        if (operation is null or "*")
        {
            return EmulatorOperation.Any;
        }

        // Names only: Enum.TryParse would also take numbers, which would make typos pass silently.
        string? name = Enum.GetNames<EmulatorOperation>()
            .FirstOrDefault(n => n != nameof(EmulatorOperation.Any) && string.Equals(n, operation, StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse<EmulatorOperation>(name)
            : throw new ArgumentException(
                $"operation '{operation}' is unknown; use \"*\" or one of {string.Join(", ", Enum.GetNames<EmulatorOperation>().Where(n => n != nameof(EmulatorOperation.Any)))}.");
    }

    private static FaultDrop ParseDrop(string? drop) => drop?.ToLowerInvariant() switch
    {
        null => FaultDrop.None,
        "before" => FaultDrop.Before,
        "after" => FaultDrop.After,
        _ => throw new ArgumentException($"drop must be \"before\" or \"after\", got '{drop}'."),
    };
}
