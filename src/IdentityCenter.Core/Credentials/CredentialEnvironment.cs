using System;
using System.IO;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>What the resolver may read from the process: variables, the home folder and files. Replaceable in tests.</summary>
    public class CredentialEnvironment
    {
        public static CredentialEnvironment Process { get; } = new CredentialEnvironment();

        public virtual string? GetVariable(string name)
        {
            var value = Environment.GetEnvironmentVariable(name);
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }

        public virtual string HomeDirectory =>
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        public virtual string? ReadFile(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
