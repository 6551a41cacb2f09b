namespace IdentityCenter.Emulator.Signing;

/// <summary>
/// A key pair the gateway knows. A non-null <see cref="SecurityToken"/> marks temporary credentials,
/// whose requests must present that token in X-Security-Token.
/// </summary>
public sealed record SigningCredential(string AccessKeyId, string SecretAccessKey, string? SecurityToken = null)
{
    public bool IsTemporary => SecurityToken is not null;

    // Keeps the secret out of logs and test failure messages.
    public override string ToString() => $"SigningCredential {{ AccessKeyId = {AccessKeyId}, IsTemporary = {IsTemporary} }}";
}
