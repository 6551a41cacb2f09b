namespace IdentityCenter.BuildTools.Manifest
{
    /// <summary>What a build writes into the module manifest it ships.</summary>
    internal sealed class ManifestStamp
    {
        public ManifestStamp(string version, string releaseNotes, string? projectUri, string? licenseUri)
        {
            Version = version;
            ReleaseNotes = releaseNotes;
            ProjectUri = projectUri;
            LicenseUri = licenseUri;
        }

        public string Version { get; }

        public string ReleaseNotes { get; }

        /// <summary>Left out of the manifest when null: the project has no public address of its own yet.</summary>
        public string? ProjectUri { get; }

        public string? LicenseUri { get; }

        public override string ToString() => "version " + Version;
    }
}
