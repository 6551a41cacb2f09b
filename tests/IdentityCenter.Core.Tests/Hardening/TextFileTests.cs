using System.Diagnostics;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Tests.Credentials;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Tests.Hardening;

public sealed class TextFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("idc-textfile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_regular_file_is_read_with_its_encoding()
    {
        var path = Path.Combine(folder, "credentials");
        File.WriteAllText(path, "[global]\nak = AK\n", new System.Text.UTF8Encoding(true));

        Assert.Equal("[global]\nak = AK\n", TextFile.Read(path, "the credentials file", CancellationToken.None));
        Assert.Equal(TextFile.Kind.RegularFile, TextFile.KindOf(path));
    }

    [Fact]
    public async Task A_fifo_is_refused_without_opening_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(folder, "pipe");
        using (var mkfifo = Process.Start("mkfifo", path))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening a FIFO with no writer blocks; the read runs on a worker so a regression fails instead of hanging.
        var read = Task.Run(() => TextFile.Read(path, "the credentials file", CancellationToken.None));
        if (await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30))) != read)
        {
            using var writer = new FileStream(path, FileMode.Open, FileAccess.Write);
            Assert.Fail("Reading the FIFO blocked.");
        }

        var error = await Assert.ThrowsAsync<TextFileException>(() => read);
        Assert.Equal(TextFileProblem.NotARegularFile, error.Problem);
        Assert.Contains("not a regular file", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_device_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var error = Assert.Throws<TextFileException>(() => TextFile.Read("/dev/zero", "the credentials file", CancellationToken.None));
        Assert.Equal(TextFileProblem.NotARegularFile, error.Problem);
    }

    [Fact]
    public void A_directory_is_refused()
    {
        Assert.Equal(TextFileProblem.NotARegularFile, Assert.Throws<TextFileException>(() => TextFile.Read(folder, "the policy file", CancellationToken.None)).Problem);
    }

    [Fact]
    public void A_file_over_the_one_limit_is_refused()
    {
        var path = Path.Combine(folder, "big");
        File.WriteAllBytes(path, new byte[Limits.TextFileMaxBytes + 1]);

        var error = Assert.Throws<TextFileException>(() => TextFile.Read(path, "the policy file", CancellationToken.None));
        Assert.Equal(TextFileProblem.TooLarge, error.Problem);
        Assert.Contains(Limits.TextFileMaxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void A_nul_in_the_path_is_refused_by_name()
    {
        var error = Assert.Throws<TextFileException>(() => TextFile.Read("/tmp/a\0b", "the policy file", CancellationToken.None));
        Assert.Equal(TextFileProblem.InvalidPath, error.Problem);
        Assert.Contains("NUL", error.Message);
    }

    [Fact]
    public void A_cancelled_read_stops()
    {
        var path = Path.Combine(folder, "credentials");
        File.WriteAllText(path, "[global]\n");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => TextFile.Read(path, "the credentials file", cancelled.Token));
    }

    [Fact]
    public void The_credentials_chain_names_a_special_credentials_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var environment = new FakeFileEnvironment("/dev/zero");

        var error = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, environment));
        Assert.Contains("/dev/zero", error.Message);
        Assert.Contains("not a regular file", error.Message);
    }

    /// <summary>The real file reading, with the variables of a test.</summary>
    private sealed class FakeFileEnvironment(string credentialsFile) : CredentialEnvironment
    {
        public override string? GetVariable(string name) => name == EnvironmentVariables.CredentialsFile ? credentialsFile : null;

        public override string HomeDirectory => "/nonexistent-home";
    }
}
