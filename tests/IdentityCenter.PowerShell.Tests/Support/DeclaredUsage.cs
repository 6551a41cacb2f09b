namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>How a parameter is declared in some parameter sets, compared with one yaml block of its help.</summary>
internal sealed record DeclaredUsage(IReadOnlyList<string> Sets, bool Required, string Position, string PipelineInput)
{
    public override string ToString() => string.Join(", ", Sets) + ": Required " + Required + ", Position " + Position + ", pipeline " + PipelineInput;
}
