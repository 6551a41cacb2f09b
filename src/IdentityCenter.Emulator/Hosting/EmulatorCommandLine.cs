namespace IdentityCenter.Emulator.Hosting;

/// <summary>Turns command-line arguments into <see cref="EmulatorOptions"/>; "--name value" and "--name=value" both work.</summary>
internal static class EmulatorCommandLine
{
    public const string Usage = """
        Usage: IdentityCenter.Emulator [options]

          --urls URL                  address to bind (default http://127.0.0.1:5080; port 0 picks a free port)
          --access-key AK             access key id (default IDCEMULATORACCESSKEY1)
          --secret-key SK             secret access key
          --temp-access-key AK        access key id of the temporary credential set
          --temp-secret-key SK        secret of the temporary credential set
          --security-token TOKEN      security token of the temporary credential set
          --domain-id ID              account (domain) id expected in X-Domain-Id
          --instance-id ID            instance id (exactly 20 characters)
          --identity-store-id ID      identity store id of the instance
          --data FILE                 load state from FILE and save it there after every change
          --async-delay-ms MS         how long assignments and provisioning stay IN_PROGRESS (default 500; 0 settles on the next call)
          --metadata-expiry-minutes N expires_at of the ECS metadata credential, N minutes ahead (default 60)
          --metadata-agency-missing   the metadata endpoint answers 401 "Please configure Cloud Service Agency first"
          --rate-limit RPS            answer 429 with Retry-After beyond RPS requests per second (token bucket)
          --print-json                print one JSON line (url, credentials, ids, accounts) instead of the text banner
          --help                      show this text

        """;

    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions { Urls = EmulatorDefaults.Url, AsyncDelay = EmulatorDefaults.CommandLineAsyncDelay };
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                return CommandLineResult.Help();
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                return CommandLineResult.Failure($"Unexpected argument '{arg}'.");
            }

            // Switches take no value.
            if (arg == "--metadata-agency-missing")
            {
                options.MetadataAgencyMissing = true;
                continue;
            }

            if (arg == "--print-json")
            {
                options.BannerFormat = BannerFormat.Json;
                continue;
            }

            string name = arg;
            string? value = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }

            if (string.IsNullOrEmpty(value))
            {
                return CommandLineResult.Failure($"Option {name} needs a value.");
            }

            switch (name)
            {
                case "--urls": options.Urls = value; break;
                case "--access-key": options.AccessKeyId = value; break;
                case "--secret-key": options.SecretAccessKey = value; break;
                case "--temp-access-key": options.TemporaryAccessKeyId = value; break;
                case "--temp-secret-key": options.TemporarySecretAccessKey = value; break;
                case "--security-token": options.SecurityToken = value; break;
                case "--domain-id": options.DomainId = value; break;
                case "--instance-id": options.InstanceId = value; break;
                case "--identity-store-id": options.IdentityStoreId = value; break;
                case "--data": options.DataFile = value; break;
                case "--async-delay-ms":
                    if (!TryNumber(name, value, 0, 600_000, out double delay, out string? delayError))
                    {
                        return CommandLineResult.Failure(delayError!);
                    }

                    options.AsyncDelay = TimeSpan.FromMilliseconds(delay);
                    break;
                case "--metadata-expiry-minutes":
                    if (!TryNumber(name, value, 1, 7 * 24 * 60, out double minutes, out string? minutesError))
                    {
                        return CommandLineResult.Failure(minutesError!);
                    }

                    options.MetadataCredentialLifetime = TimeSpan.FromMinutes(minutes);
                    break;
                case "--rate-limit":
                    if (!TryNumber(name, value, 0.001, 1_000_000, out double rate, out string? rateError))
                    {
                        return CommandLineResult.Failure(rateError!);
                    }

                    options.RateLimit = rate;
                    break;
                default: return CommandLineResult.Failure($"Unknown option '{name}'.");
            }
        }

        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            return CommandLineResult.Failure(ex.Message);
        }

        return CommandLineResult.Success(options);
    }

    private static bool TryNumber(string name, string value, double min, double max, out double number, out string? error)
    {
        error = null;
        if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number)
            && number >= min && number <= max)
        {
            return true;
        }

        error = $"Option {name} must be a number from {min.ToString(System.Globalization.CultureInfo.InvariantCulture)} to {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}, got '{value}'.";
        return false;
    }
}
