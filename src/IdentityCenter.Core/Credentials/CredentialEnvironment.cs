using System;
using System.IO;
using System.Threading;
using IdentityCenter.Core.Errors;

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

        /// <summary>
        /// The ECS metadata service the chain asks last: <see cref="EnvironmentVariables.MetadataUrl"/>, else
        /// <see cref="MetadataService.DefaultUrl"/>. Null skips the step, which test environments do unless told a URL.
        /// </summary>
        public virtual string? MetadataServiceUrl => GetVariable(EnvironmentVariables.MetadataUrl) ?? MetadataService.DefaultUrl;

        /// <returns>The file's text, or null when there is no file at the path.</returns>
        /// <exception cref="IdcConfigurationException">The path names something that is not a small, readable regular file.</exception>
        public virtual string? ReadFile(string path)
        {
            try
            {
                return TextFile.Read(path, "the credentials file", CancellationToken.None);
            }
            catch (TextFileException ex) when (ex.Problem == TextFileProblem.NotFound)
            {
                return null;
            }
            catch (TextFileException ex)
            {
                throw new IdcConfigurationException(ex.Message + " The credentials file is the one " + EnvironmentVariables.CredentialsFile + " names, else ~/.huaweicloud/credentials.", ex);
            }
        }
    }
}
