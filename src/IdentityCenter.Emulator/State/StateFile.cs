using System.Text.Json;
using IdentityCenter.Emulator.Http;

namespace IdentityCenter.Emulator.State;

/// <summary>
/// The --data file. Every save writes a sibling temp file and moves it over the target, so a reader
/// or a crash only ever sees the old or the new document, never a torn one.
/// </summary>
internal sealed class StateFile
{
    public StateFile(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    /// <summary>Null when the file does not exist yet.</summary>
    public StateDocument? Load()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        try
        {
            using FileStream stream = File.OpenRead(Path);
            StateDocument? document = JsonSerializer.Deserialize<StateDocument>(stream, JsonDefaults.File);
            if (document is null || document.Instances is null)
            {
                throw new InvalidDataException($"The data file '{Path}' holds no emulator state.");
            }

            if (document.FormatVersion != StateDocument.CurrentFormatVersion)
            {
                throw new InvalidDataException(
                    $"The data file '{Path}' has format version {document.FormatVersion}; this emulator reads version {StateDocument.CurrentFormatVersion}.");
            }

            return document;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The data file '{Path}' is not valid emulator state: {ex.Message}", ex);
        }
    }

    public void Save(StateDocument document)
    {
        string directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory);
        string temp = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(stream, document, JsonDefaults.File);
                // Flushed to disk before the rename, or a power cut could leave the new name on empty data.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, Path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
