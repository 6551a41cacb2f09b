namespace IdentityCenter.Emulator.Hosting;

/// <summary>
/// The startup lines. Scripts and tests parse them by label ("Label: value"), so labels and order
/// are a contract: add new lines at the end, never rename one.
/// </summary>
public static class EmulatorBanner
{
    public const string ListeningPrefix = "IdentityCenter emulator listening on ";

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
