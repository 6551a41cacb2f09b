using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Signing;
using IdentityCenter.Emulator;

namespace IdentityCenter.Benchmarks;

/// <summary>
/// Times Huawei Cloud's official Node.js signer (bench/node-signer, installed by bench/run with npm ci) on the same
/// typical create the signing benchmark signs, and checks that it arrives at the same Authorization value.
/// </summary>
internal static class NodeSignerComparison
{
    public const int Signatures = 20000;

    /// <returns>Null, with the reason on the console, when node or the installed signer is missing or fails.</returns>
    public static NodeSignerResult? Measure(string? directory)
    {
        if (directory == null)
        {
            Console.WriteLine("Node signer: not measured (bench/run passes --node-signer when node and npm ci succeed).");
            return null;
        }

        var request = SigningInputs.TypicalCreate();

        // The SDK hashes JSON.stringify of the body it is given, which writes the apostrophe of "team's" that our
        // serialiser escapes as \u0027. Both sides therefore sign the body as JSON.stringify writes it: the same
        // number of SHA-256 blocks as the timed request, and a check that the two signers agree.
        var body = JsonSerializer.Serialize(
            JsonDocument.Parse(request.Body).RootElement,
            new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var spec = Path.Combine(Path.GetTempPath(), "idc-node-signer-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".json");
        try
        {
            File.WriteAllText(spec, JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["endpoint"] = request.Uri.ToString(),
                ["method"] = "POST",
                ["headers"] = new Dictionary<string, string>
                {
                    [HeaderNames.SdkDate] = request.Header("x-sdk-date"),
                    ["x-domain-id"] = request.Header("x-domain-id"),
                    ["content-type"] = request.Header("content-type"),
                },
                ["body"] = body,
                ["ak"] = EmulatorDefaults.AccessKeyId,
                ["sk"] = EmulatorDefaults.SecretAccessKey,
                ["expectedAuthorization"] = request.Sign(Encoding.UTF8.GetBytes(body)),
            }));
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
            start.ArgumentList.Add(Path.Combine(directory, "bench.js"));
            start.ArgumentList.Add(spec);
            start.ArgumentList.Add(Signatures.ToString(CultureInfo.InvariantCulture));
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            if (!node.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                node.Kill();
                Console.WriteLine("Node signer: did not finish in 3 minutes.");
                return null;
            }

            var lines = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var nanoseconds = Value(lines, "ns_per_op=");
            var matches = Value(lines, "authorization_matches=");
            if (node.ExitCode != 0 || nanoseconds == null || matches == null)
            {
                Console.WriteLine("Node signer: failed (exit " + node.ExitCode + "): " + errors.Result.Trim());
                return null;
            }

            return new NodeSignerResult(double.Parse(nanoseconds, CultureInfo.InvariantCulture), matches == "true");
        }
        finally
        {
            File.Delete(spec);
        }
    }

    private static string? Value(string[] lines, string prefix) =>
        lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l.Substring(prefix.Length)).FirstOrDefault();
}

internal sealed record NodeSignerResult(double Nanoseconds, bool AuthorizationMatches);
