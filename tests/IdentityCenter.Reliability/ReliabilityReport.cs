using System.Text;

namespace IdentityCenter.Reliability;

/// <summary>What a reliability run did and what the emulator holds at its end.</summary>
public sealed class ReliabilityReport
{
    public int CreatesAsked { get; init; }

    public int CreatesSucceeded { get; init; }

    public int PutsAsked { get; init; }

    public int PutsSucceeded { get; init; }

    public int AssignmentsAsked { get; init; }

    public int AssignmentsSucceeded { get; init; }

    /// <summary>Grants the emulator holds more than once.</summary>
    public int AssignmentDuplicates { get; init; }

    /// <summary>Grants reported SUCCEEDED that the emulator does not hold, plus grants it holds that nobody asked for.</summary>
    public int AssignmentsLost { get; init; }

    /// <summary>Grants whose reply was lost and whose refused repeat was settled by looking the grant up.</summary>
    public int AssignmentsAdopted { get; init; }

    public int RequestsSent { get; init; }

    public int Throttled { get; init; }

    public int ServerErrors { get; init; }

    public int Dropped { get; init; }

    /// <summary>Permission sets the emulator holds beyond one per name asked for.</summary>
    public int Duplicates { get; init; }

    /// <summary>Creates or puts the caller was told succeeded (or failed) that the emulator does not hold as told.</summary>
    public int Lost { get; init; }

    public IReadOnlyList<string> Failures { get; init; } = [];

    public bool Passed => CreatesSucceeded == CreatesAsked && PutsSucceeded == PutsAsked && Duplicates == 0 && Lost == 0 && Failures.Count == 0
        && AssignmentsSucceeded == AssignmentsAsked && AssignmentDuplicates == 0 && AssignmentsLost == 0;

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"creates:        {CreatesSucceeded} of {CreatesAsked} succeeded");
        text.AppendLine($"policy puts:    {PutsSucceeded} of {PutsAsked} succeeded");
        text.AppendLine($"assignments:    {AssignmentsSucceeded} of {AssignmentsAsked} succeeded, {AssignmentDuplicates} duplicates, {AssignmentsLost} lost, {AssignmentsAdopted} found after a lost reply");
        text.AppendLine($"requests sent:  {RequestsSent}");
        text.AppendLine($"faults met:     {Throttled} throttled (429), {ServerErrors} server errors (503), {Dropped} dropped connections");
        text.AppendLine($"duplicates:     {Duplicates}");
        text.AppendLine($"lost:           {Lost}");
        foreach (var failure in Failures.Take(20))
        {
            text.AppendLine("failure:        " + failure);
        }

        text.Append(Passed ? "result:         PASS" : "result:         FAIL");
        return text.ToString();
    }
}
