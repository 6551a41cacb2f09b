using IdentityCenter.Emulator.Faults;
using Microsoft.Extensions.Logging;

namespace IdentityCenter.Emulator;

/// <summary>Everything that shapes one emulator run. Defaults come from <see cref="EmulatorDefaults"/>.</summary>
public sealed class EmulatorOptions
{
    /// <summary>
    /// Addresses to bind, separated by ';'. Null means <see cref="EmulatorDefaults.InProcessUrl"/>
    /// (the command-line host passes <see cref="EmulatorDefaults.Url"/> instead).
    /// </summary>
    public string? Urls { get; set; }

    public string AccessKeyId { get; set; } = EmulatorDefaults.AccessKeyId;

    public string SecretAccessKey { get; set; } = EmulatorDefaults.SecretAccessKey;

    /// <summary>Access key of the temporary credential set; requests using it must carry <see cref="SecurityToken"/>.</summary>
    public string TemporaryAccessKeyId { get; set; } = EmulatorDefaults.TemporaryAccessKeyId;

    public string TemporarySecretAccessKey { get; set; } = EmulatorDefaults.TemporarySecretAccessKey;

    public string SecurityToken { get; set; } = EmulatorDefaults.SecurityToken;

    public string DomainId { get; set; } = EmulatorDefaults.DomainId;

    public string DomainName { get; set; } = EmulatorDefaults.DomainName;

    public string InstanceId { get; set; } = EmulatorDefaults.InstanceId;

    public string IdentityStoreId { get; set; } = EmulatorDefaults.IdentityStoreId;

    public string InstanceAlias { get; set; } = EmulatorDefaults.InstanceAlias;

    /// <summary>When set, state is loaded from this JSON file at start and rewritten after every change.</summary>
    public string? DataFile { get; set; }

    /// <summary>Clock for signature expiry and created_date; tests replace it to replay dated vectors.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    public TimeSpan MaxClockSkew { get; set; } = EmulatorDefaults.MaxClockSkew;

    /// <summary>Accounts of the organisation that assignments and provisioning can target; the management account (DomainId) is always one.</summary>
    public IList<string> MemberAccountIds { get; } = new List<string>(EmulatorDefaults.MemberAccountIds);

    public IList<EmulatorPrincipal> Users { get; } = new List<EmulatorPrincipal>(EmulatorDefaults.Users);

    public IList<EmulatorPrincipal> Groups { get; } = new List<EmulatorPrincipal>(EmulatorDefaults.Groups);

    /// <summary>How long account assignments and provisioning stay IN_PROGRESS; zero settles them on the next call.</summary>
    public TimeSpan AsyncDelay { get; set; } = TimeSpan.Zero;

    /// <summary>expires_at of the metadata credential is this far from the emulator's clock.</summary>
    public TimeSpan MetadataCredentialLifetime { get; set; } = EmulatorDefaults.MetadataCredentialLifetime;

    /// <summary>
    /// The metadata endpoint answers 401 "Please configure Cloud Service Agency first", as on a server
    /// without an agency; also switchable at run time through /_emulator/metadata.
    /// </summary>
    public bool MetadataAgencyMissing { get; set; }

    /// <summary>Requests per second the gateway lets through (token bucket, burst of the same size); null for no limit.</summary>
    public double? RateLimit { get; set; }

    /// <summary>Faults active from the first request on.</summary>
    public IList<FaultRule> Faults { get; } = new List<FaultRule>();

    /// <summary>How the banner is written: labelled lines, or one JSON object on one line for scripts.</summary>
    public BannerFormat BannerFormat { get; set; } = BannerFormat.Text;

    /// <summary>Receives the startup banner; null prints nothing (the command-line host passes stdout).</summary>
    public TextWriter? BannerWriter { get; set; }

    /// <summary>ASP.NET Core's own console log level; kept at Warning so the banner stays readable.</summary>
    public LogLevel ConsoleLogLevel { get; set; } = LogLevel.Warning;

    /// <summary>Throws <see cref="ArgumentException"/> when a value could not work against a client.</summary>
    public void Validate()
    {
        RequireText(AccessKeyId, nameof(AccessKeyId));
        RequireText(SecretAccessKey, nameof(SecretAccessKey));
        RequireText(TemporaryAccessKeyId, nameof(TemporaryAccessKeyId));
        RequireText(TemporarySecretAccessKey, nameof(TemporarySecretAccessKey));
        RequireText(SecurityToken, nameof(SecurityToken));
        RequireText(DomainId, nameof(DomainId));
        RequireText(IdentityStoreId, nameof(IdentityStoreId));
        if (string.Equals(AccessKeyId, TemporaryAccessKeyId, StringComparison.Ordinal))
        {
            throw new ArgumentException("AccessKeyId and TemporaryAccessKeyId must differ.");
        }

        if (InstanceId is null || InstanceId.Length != 20)
        {
            throw new ArgumentException($"InstanceId must be exactly 20 characters long, got '{InstanceId}'.");
        }

        if (MaxClockSkew <= TimeSpan.Zero)
        {
            throw new ArgumentException("MaxClockSkew must be positive.");
        }

        if (AsyncDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"AsyncDelay must not be negative, got {AsyncDelay.TotalMilliseconds} ms.");
        }

        if (MetadataCredentialLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentException($"MetadataCredentialLifetime must be positive, got {MetadataCredentialLifetime.TotalMinutes} minutes.");
        }

        if (RateLimit is { } rate && (double.IsNaN(rate) || rate <= 0 || double.IsInfinity(rate)))
        {
            throw new ArgumentException($"RateLimit must be a positive number of requests per second, got {rate}.");
        }

        foreach (FaultRule fault in Faults)
        {
            fault.Validate();
        }
    }

    private static void RequireText(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty.");
        }
    }
}
