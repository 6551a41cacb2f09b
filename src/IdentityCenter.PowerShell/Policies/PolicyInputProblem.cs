namespace IdentityCenter.PowerShell.Policies
{
    /// <summary>Why no policy text could be had for an item.</summary>
    internal enum PolicyInputProblem
    {
        /// <summary>Neither -Policy nor -PolicyPath was given.</summary>
        Missing,

        /// <summary>Both were given.</summary>
        Both,

        /// <summary>-PolicyPath names no file.</summary>
        FileNotFound,

        /// <summary>-PolicyPath is not a file-system path.</summary>
        NotAFileSystemPath,

        /// <summary>The file is too large to hold any policy the API accepts.</summary>
        FileTooLarge,

        /// <summary>The file exists but could not be read.</summary>
        FileUnreadable,
    }
}
