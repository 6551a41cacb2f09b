using System.Text.Json;

namespace IdentityCenter.Emulator.Hosting;

/// <summary>
/// The startup lines. Scripts and tests parse them by label ("Label: value"), so labels and order
/// are a contract: add new lines at the end, never rename one.
/// </summary>
public static class EmulatorBanner
{
    public const string ListeningPrefix = "IdentityCenter emulator listening on ";

    private static readonly JsonSerializerOptions BannerJson = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<string> Format(Uri listeningAddress, EmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(listeningAddress);
        ArgumentNullException.ThrowIfNull(options);
        return new[]
        {
            ListeningPrefix + listeningAddress.GetLeftPart(UriPartial.Authority),
            "AccessKeyId: " + options.AccessKeyId,
            "SecretAccessKey: " + options.SecretAccessKey,
            "DomainId: " + options.DomainId,
            "InstanceId: " + options.InstanceId,
            "IdentityStoreId: " + options.IdentityStoreId,
            "TemporaryAccessKeyId: " + options.TemporaryAccessKeyId,
            "TemporarySecretAccessKey: " + options.TemporarySecretAccessKey,
            "SecurityToken: " + options.SecurityToken,
        };
    }

    /// <summary>
    /// The banner as one JSON object on one line (--print-json), for scripts: the same values as the text
    /// banner, plus the directory that assignments can name. Names are camelCase and only ever added.
    /// </summary>
    public static string FormatJson(Uri listeningAddress, EmulatorOptions options, IReadOnlyList<string> accountIds)
    {
        ArgumentNullException.ThrowIfNull(listeningAddress);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(accountIds);
        var banner = new
        {
            url = listeningAddress.GetLeftPart(UriPartial.Authority),
            accessKeyId = options.AccessKeyId,
            secretAccessKey = options.SecretAccessKey,
            temporaryAccessKeyId = options.TemporaryAccessKeyId,
            temporarySecretAccessKey = options.TemporarySecretAccessKey,
            securityToken = options.SecurityToken,
            domainId = options.DomainId,
            instanceId = options.InstanceId,
            identityStoreId = options.IdentityStoreId,
            accounts = accountIds,
            users = options.Users,
            groups = options.Groups,
        };
        return JsonSerializer.Serialize(banner, BannerJson);
    }

    /// <summary>Reads the banner back into label → value; the listening line is returned under "Url".</summary>
    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
            {
                values["Url"] = line[ListeningPrefix.Length..].Trim();
                continue;
            }

            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0)
            {
                values[line[..colon]] = line[(colon + 2)..].Trim();
            }
        }

        return values;
    }
}
