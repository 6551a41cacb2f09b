namespace IdentityCenter.Emulator;

/// <summary>
/// Demo values the emulator uses unless told otherwise. They are public constants so that other
/// test projects can sign requests for an emulator they did not configure themselves.
/// None of them is a real credential.
/// </summary>
public static class EmulatorDefaults
{
    /// <summary>Address used by the command-line host when no --urls is given.</summary>
    public const string Url = "http://127.0.0.1:5080";

    /// <summary>Address used by <see cref="EmulatorServer.StartAsync"/>: port 0 lets the OS pick a free port.</summary>
    public const string InProcessUrl = "http://127.0.0.1:0";

    public const string AccessKeyId = "IDCEMULATORACCESSKEY1";

    public const string SecretAccessKey = "IdcEmulatorDemoSecretKey000000000000000001";

    public const string TemporaryAccessKeyId = "IDCEMULATORTEMPKEY001";

    public const string TemporarySecretAccessKey = "IdcEmulatorDemoTempSecretKey0000000000001";

    public const string SecurityToken = "IdcEmulatorDemoSecurityToken000000000000000000000000000001";

    /// <summary>32 hex characters, the shape of a real account (domain) id.</summary>
    public const string DomainId = "e0000000000000000000000000000001";

    public const string DomainName = "emulator";

    /// <summary>Exactly 20 characters, as the service documents for instance ids.</summary>
    public const string InstanceId = "ins-e000000000000001";

    public const string IdentityStoreId = "d-e000000000000001";

    public const string InstanceAlias = "emulator";

    /// <summary>Member accounts besides the management account (<see cref="DomainId"/>); 32 hex characters each.</summary>
    public static readonly IReadOnlyList<string> MemberAccountIds = new[]
    {
        "e0000000000000000000000000000002",
        "e0000000000000000000000000000003",
    };

    /// <summary>Identity-store users that assignments can name; ids in the store's UUID shape.</summary>
    public static readonly IReadOnlyList<EmulatorPrincipal> Users = new[]
    {
        new EmulatorPrincipal("7a1c0000-0000-4000-8000-000000000001", "alice"),
        new EmulatorPrincipal("7a1c0000-0000-4000-8000-000000000002", "bob"),
    };

    /// <summary>Identity-store groups that assignments can name.</summary>
    public static readonly IReadOnlyList<EmulatorPrincipal> Groups = new[]
    {
        new EmulatorPrincipal("9c2e0000-0000-4000-8000-000000000001", "Operators"),
        new EmulatorPrincipal("9c2e0000-0000-4000-8000-000000000002", "Auditors"),
    };

    /// <summary>
    /// How long an asynchronous request stays IN_PROGRESS when started from the command line, long
    /// enough for a demo to show the polling. In-process servers default to zero.
    /// </summary>
    public static readonly TimeSpan CommandLineAsyncDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>Lifetime of the temporary credential the metadata endpoint hands out.</summary>
    public static readonly TimeSpan MetadataCredentialLifetime = TimeSpan.FromMinutes(60);

    /// <summary>The gateway rejects signatures whose X-Sdk-Date is further than this from its clock.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);
}
