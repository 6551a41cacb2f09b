namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>One [Parameter] declaration of a parameter, as PowerShell would read it from metadata.</summary>
internal sealed record ParameterDeclaration(bool Mandatory, bool ValueFromPipeline, bool ValueFromPipelineByPropertyName, string? ParameterSetName);
