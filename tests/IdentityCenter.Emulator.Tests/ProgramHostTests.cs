using System.Diagnostics;

namespace IdentityCenter.Emulator.Tests;

/// <summary>Runs the real executable, as scripts do, and reads its banner from stdout.</summary>
public sealed class ProgramHostTests
{
    [Fact]
    public async Task Executable_prints_the_banner_and_serves_signed_requests()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "IdentityCenter.Emulator.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");

        using Process process = Process.Start(start)!;
        try
        {
            var lines = new List<string>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (lines.Count < 9)
            {
                string? line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                if (line is null)
                {
                    Assert.Fail("stdout ended early: " + await process.StandardError.ReadToEndAsync());
                }

                lines.Add(line);
            }

            Assert.StartsWith("IdentityCenter emulator listening on http://127.0.0.1:", lines[0], StringComparison.Ordinal);
            IReadOnlyDictionary<string, string> values = EmulatorBanner.Parse(lines);
            Assert.Equal(EmulatorDefaults.AccessKeyId, values["AccessKeyId"]);
            Assert.Equal(EmulatorDefaults.SecretAccessKey, values["SecretAccessKey"]);
            Assert.Equal(EmulatorDefaults.DomainId, values["DomainId"]);
            Assert.Equal(EmulatorDefaults.InstanceId, values["InstanceId"]);
            Assert.Equal(EmulatorDefaults.IdentityStoreId, values["IdentityStoreId"]);
            Assert.Equal(EmulatorDefaults.SecurityToken, values["SecurityToken"]);

            var baseAddress = new Uri(values["Url"] + "/");
            Assert.NotEqual(0, baseAddress.Port);
            using var http = new HttpClient { BaseAddress = baseAddress };
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "v1/instances"));
            TestSigner.Sign(request, Array.Empty<byte>(), TestCredentials.Permanent, DateTimeOffset.UtcNow);
            using var sendTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using HttpResponseMessage response = await http.SendAsync(request, sendTimeout.Token);
            Assert.Equal(200, (int)response.StatusCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var exitTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(exitTimeout.Token);
        }
    }

    [Fact]
    public async Task Executable_exits_with_2_on_a_bad_option()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "IdentityCenter.Emulator.dll"));
        start.ArgumentList.Add("--no-such-option");

        using Process process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--no-such-option", error, StringComparison.Ordinal);
    }
}
