using System.Diagnostics;
using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

/// <summary>--print-json: one JSON line a script can read, naming everything needed to call the emulator.</summary>
public sealed class JsonBannerTests
{
    [Fact]
    public async Task In_process_json_banner_is_one_line_with_the_real_port_and_the_directory()
    {
        using var output = new StringWriter();
        await using EmulatorServer server = await EmulatorServer.StartAsync(new EmulatorOptions { BannerWriter = output, BannerFormat = BannerFormat.Json });

        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        JsonElement banner = JsonDocument.Parse(Assert.Single(lines)).RootElement;

        Assert.Equal(server.BaseAddress, new Uri(banner.GetProperty("url").GetString()! + "/"));
        Assert.Equal(EmulatorDefaults.AccessKeyId, banner.GetProperty("accessKeyId").GetString());
        Assert.Equal(EmulatorDefaults.SecretAccessKey, banner.GetProperty("secretAccessKey").GetString());
        Assert.Equal(EmulatorDefaults.TemporaryAccessKeyId, banner.GetProperty("temporaryAccessKeyId").GetString());
        Assert.Equal(EmulatorDefaults.TemporarySecretAccessKey, banner.GetProperty("temporarySecretAccessKey").GetString());
        Assert.Equal(EmulatorDefaults.SecurityToken, banner.GetProperty("securityToken").GetString());
        Assert.Equal(EmulatorDefaults.DomainId, banner.GetProperty("domainId").GetString());
        Assert.Equal(EmulatorDefaults.InstanceId, banner.GetProperty("instanceId").GetString());
        Assert.Equal(EmulatorDefaults.IdentityStoreId, banner.GetProperty("identityStoreId").GetString());
        Assert.Equal(new[] { EmulatorDefaults.DomainId }.Concat(EmulatorDefaults.MemberAccountIds), banner.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("alice", banner.GetProperty("users")[0].GetProperty("name").GetString());
        Assert.Equal(EmulatorDefaults.Groups[1].Id, banner.GetProperty("groups")[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Executable_with_print_json_and_port_zero_prints_a_line_whose_values_work()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "IdentityCenter.Emulator.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.ArgumentList.Add("--print-json");

        using Process process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            string? line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            if (line is null)
            {
                Assert.Fail("stdout ended early: " + await process.StandardError.ReadToEndAsync());
            }

            JsonElement banner = JsonDocument.Parse(line).RootElement;

            var baseAddress = new Uri(banner.GetProperty("url").GetString()! + "/");
            Assert.NotEqual(0, baseAddress.Port);
            var credentials = new TestCredentials(
                banner.GetProperty("temporaryAccessKeyId").GetString()!,
                banner.GetProperty("temporarySecretAccessKey").GetString()!,
                banner.GetProperty("securityToken").GetString(),
                banner.GetProperty("domainId").GetString());
            using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "v1/instances/" + banner.GetProperty("instanceId").GetString() + "/permission-sets"));
            TestSigner.Sign(request, Array.Empty<byte>(), credentials, DateTimeOffset.UtcNow);
            using HttpResponseMessage response = await http.SendAsync(request);
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
}
