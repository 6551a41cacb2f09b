namespace IdentityCenter.Emulator;

/// <summary>Body of PutCustomPolicy and reply of GetCustomPolicy: the policy travels as a JSON string.</summary>
internal sealed class CustomPolicyDto
{
    public string? CustomPolicy { get; set; }
}
