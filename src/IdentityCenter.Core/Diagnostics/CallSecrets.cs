using System;
using System.Collections.Generic;
using System.Text;
using IdentityCenter.Core.Credentials;

namespace IdentityCenter.Core.Diagnostics
{
    /// <summary>
    /// Every secret one call holds (the secret key, the security token, each attempt's signature, any other the
    /// pipeline registers, such as a proxy's password), masked wherever it appears in reply text carried into an
    /// error: verbatim, or written JSON-escaped, HTML-escaped or percent-encoded by whatever echoed the request.
    /// Holding a secret costs a reference; the work is done only when there is reply text to mask.
    /// </summary>
    internal sealed class CallSecrets
    {
        /// <summary>Shorter values are not searched for: they would mask ordinary words and none of ours is that short.</summary>
        public const int MinLength = 4;

        // Decoding an escape can reveal another (a JSON string holding "\u002B" written as "\\u002B"); a few rounds suffice.
        private const int DecodeRounds = 3;
        private const string SignatureField = "Signature=";

        private readonly List<IdcCredentials> credentials = new List<IdcCredentials>();
        private readonly List<string> values = new List<string>();
        private readonly object gate = new object();

        public CallSecrets(IdcCredentials? credentials)
        {
            if (credentials != null)
            {
                this.credentials.Add(credentials);
            }
        }

        /// <summary>Keys renewed during the call, whose secrets are masked like the first ones'.</summary>
        public void Add(IdcCredentials keys)
        {
            lock (gate)
            {
                if (!credentials.Contains(keys))
                {
                    credentials.Add(keys);
                }
            }
        }

        public void Add(string? secret)
        {
            if (secret == null || secret.Length < MinLength)
            {
                return;
            }

            lock (gate)
            {
                values.Add(secret);
            }
        }

        public string Mask(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text;
            }

            var secrets = Snapshot();
            if (secrets.Count == 0)
            {
                return text;
            }

            var decoded = DecodedText.Of(text, DecodeRounds);
            var masked = new bool[text.Length];
            var found = false;
            foreach (var secret in secrets)
            {
                for (var at = decoded.Text.IndexOf(secret, StringComparison.Ordinal); at >= 0; at = decoded.Text.IndexOf(secret, at + 1, StringComparison.Ordinal))
                {
                    found = true;
                    var start = decoded.Start[at];
                    var end = decoded.End[at + secret.Length - 1];
                    for (var i = start; i < end; i++)
                    {
                        masked[i] = true;
                    }
                }
            }

            if (!found)
            {
                return text;
            }

            var result = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (!masked[i])
                {
                    result.Append(text[i]);
                }
                else if (i == 0 || !masked[i - 1])
                {
                    result.Append(Redaction.Mask);
                }
            }

            return result.ToString();
        }

        // An Authorization value is held whole; its signature is searched for on its own too.
        private List<string> Snapshot()
        {
            var secrets = new List<string>();
            lock (gate)
            {
                foreach (var keys in credentials)
                {
                    AddTo(secrets, keys.SecurityToken);
                    AddTo(secrets, Encoding.UTF8.GetString(keys.SecretKeyBytes));
                }

                foreach (var value in values)
                {
                    AddTo(secrets, value);
                    var cut = value.IndexOf(SignatureField, StringComparison.Ordinal);
                    if (cut >= 0)
                    {
                        AddTo(secrets, value.Substring(cut + SignatureField.Length));
                    }
                }
            }

            // The longest first, so a value that contains another is masked whole.
            secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
            return secrets;
        }

        private static void AddTo(List<string> secrets, string? value)
        {
            if (value != null && value.Length >= MinLength && !secrets.Contains(value))
            {
                secrets.Add(value);
            }
        }
    }
}
