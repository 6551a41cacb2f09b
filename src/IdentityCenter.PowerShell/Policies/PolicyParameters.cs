using System.IO;
using System.Management.Automation;

namespace IdentityCenter.PowerShell.Policies
{
    /// <summary>The PowerShell half of reading -Policy/-PolicyPath: resolving the path against the current location.</summary>
    internal static class PolicyParameters
    {
        /// <exception cref="PolicyInputException">See <see cref="PolicySource.Load"/>; also a path on a drive that is not the file system.</exception>
        public static PolicyText Load(PSCmdlet cmdlet, string? policy, string? policyPath) =>
            PolicySource.Load(policy, ResolvePath(cmdlet, policyPath), File.ReadAllText, PolicySource.FileLength);

        // PowerShell's current location, not the process's working directory, is what a relative path means to a user.
        private static string? ResolvePath(PSCmdlet cmdlet, string? policyPath)
        {
            if (string.IsNullOrEmpty(policyPath))
            {
                return null;
            }

            string resolved;
            ProviderInfo? provider;
            try
            {
                resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(policyPath, out provider, out _);
            }
            catch (SessionStateException ex)
            {
                // A drive or provider that does not exist: for the user, the file does not exist.
                throw new PolicyInputException(PolicyInputProblem.FileNotFound, policyPath, "The policy file " + policyPath + " does not exist: " + ex.Message, ex);
            }

            if (provider == null || provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
            {
                throw new PolicyInputException(
                    PolicyInputProblem.NotAFileSystemPath,
                    policyPath,
                    "-PolicyPath '" + policyPath + "' is on a " + (provider?.Name ?? "unknown") + " drive; a policy file must be on a file-system drive.");
            }

            return resolved;
        }
    }
}
