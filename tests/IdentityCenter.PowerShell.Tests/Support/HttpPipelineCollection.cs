namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>
/// Tests that build the process's one HTTP pipeline, or assert that something does not, run one at a time so an
/// assertion about "not built by this step" is not disturbed by a call running beside it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HttpPipelineCollection
{
    public const string Name = "HTTP pipeline";
}
