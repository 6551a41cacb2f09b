using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using IdentityCenter.Core.Http;
using IdentityCenter.Emulator;

namespace IdentityCenter.Benchmarks;

/// <summary>
/// Times Huawei Cloud's official Node.js signer (bench/node-signer, installed by bench/run with npm ci) against ours on
/// the same typical create, in <see cref="AlternatingRounds"/>: bench.js stays running and signs N times whenever it
/// is told to, and each round times N of Node's signatures and N of ours. Both must arrive at the same Authorization
/// value.
/// </summary>
internal static class NodeSignerComparison
{
    private const int WarmupRounds = 3;

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromMinutes(1);

    /// <returns>Null, with the reason on the console, when node or the installed signer is missing or fails.</returns>
    public static NodeSignerResult? Measure(string? directory, int rounds, int signaturesPerRound)
    {
        if (directory == null)
        {
            Console.WriteLine("Node signer: not measured (bench/run passes --node-signer when node and npm ci succeed).");
            return null;
        }

        var request = SigningInputs.TypicalCreate();

        // The SDK hashes JSON.stringify of the body it is given, which writes the apostrophe of "team's" that our
        // serialiser escapes as \u0027. Both sides therefore sign the body as JSON.stringify writes it: the same
        // bytes, and a check that the two signers agree.
        var body = JsonSerializer.Serialize(
            JsonDocument.Parse(request.Body).RootElement,
            new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var bodyBytes = Encoding.UTF8.GetBytes(body);
        var spec = Path.Combine(Path.GetTempPath(), "idc-node-signer-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".json");
        Process? node = null;
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
                ["expectedAuthorization"] = request.Sign(bodyBytes),
            }));
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = directory,
            };
            start.ArgumentList.Add(Path.Combine(directory, "bench.js"));
            start.ArgumentList.Add(spec);
            node = Process.Start(start)!;
            var errors = node.StandardError.ReadToEndAsync();
            var signer = new NodeRounds(node);

            var matches = signer.Expect("authorization_matches=");
            if (matches == null || signer.Expect("ready") == null)
            {
                Console.WriteLine("Node signer: failed to start: " + signer.Failure + " " + Errors(node, errors));
                return null;
            }

            double NodeRound() => signer.Round(signaturesPerRound) ?? throw new NodeRoundFailedException();
            double OurRound() => OurSignatures(request, bodyBytes, signaturesPerRound);
            RoundMedians medians;
            try
            {
                AlternatingRounds.Measure(WarmupRounds, signaturesPerRound, NodeRound, OurRound);
                medians = AlternatingRounds.Measure(rounds, signaturesPerRound, NodeRound, OurRound);
            }
            catch (NodeRoundFailedException)
            {
                Console.WriteLine("Node signer: failed in a round: " + signer.Failure + " " + Errors(node, errors));
                return null;
            }

            return new NodeSignerResult(medians.First, medians.Second, medians.Ratio, rounds, signaturesPerRound, matches == "true");
        }
        finally
        {
            if (node != null)
            {
                // Closing its input ends bench.js; one that does not end is stopped.
                try
                {
                    node.StandardInput.Close();
                }
                catch (IOException)
                {
                    // It has already gone.
                }

                if (!node.WaitForExit(TimeSpan.FromSeconds(10)))
                {
                    node.Kill();
                }

                node.Dispose();
            }

            File.Delete(spec);
        }
    }

    /// <summary>Nanoseconds for <paramref name="count"/> of our signatures of the request Node signs.</summary>
    private static double OurSignatures(SigningInputs request, byte[] body, int count)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            request.Sign(body);
        }

        return watch.Elapsed.TotalNanoseconds;
    }

    private static string Errors(Process node, Task<string> errors)
    {
        if (!node.HasExited)
        {
            return string.Empty;
        }

        return "(exit " + node.ExitCode.ToString(CultureInfo.InvariantCulture) + ") " + errors.Result.Trim();
    }

    /// <summary>A round bench.js did not answer; <see cref="NodeRounds.Failure"/> says why.</summary>
    private sealed class NodeRoundFailedException : Exception
    {
    }

    /// <summary>The line protocol of bench.js, each reply awaited for at most <see cref="ReplyTimeout"/>.</summary>
    private sealed class NodeRounds
    {
        private readonly Process node;

        public NodeRounds(Process node) => this.node = node;

        public string Failure { get; private set; } = string.Empty;

        /// <summary>What follows <paramref name="prefix"/> on the next line, or null when the line is something else.</summary>
        public string? Expect(string prefix)
        {
            var read = node.StandardOutput.ReadLineAsync();
            if (!read.Wait(ReplyTimeout))
            {
                Failure = "no reply in " + ReplyTimeout.TotalSeconds + " s.";
                return null;
            }

            var line = read.Result?.Trim();
            if (line == null || !line.StartsWith(prefix, StringComparison.Ordinal))
            {
                Failure = line == null ? "it closed its output." : "unexpected reply '" + line + "'.";
                return null;
            }

            return line.Substring(prefix.Length);
        }

        /// <summary>Nanoseconds Node took for <paramref name="count"/> signatures, timed inside Node.</summary>
        public double? Round(int count)
        {
            try
            {
                node.StandardInput.WriteLine(count.ToString(CultureInfo.InvariantCulture));
                node.StandardInput.Flush();
            }
            catch (IOException e)
            {
                Failure = "its input is closed (" + e.Message + ").";
                return null;
            }

            var reply = Expect("round_ns=");
            if (reply == null)
            {
                return null;
            }

            if (!double.TryParse(reply, NumberStyles.Float, CultureInfo.InvariantCulture, out var nanoseconds))
            {
                Failure = "unreadable round time '" + reply + "'.";
                return null;
            }

            return nanoseconds;
        }
    }
}

/// <summary>Medians over the alternating rounds; times are nanoseconds per signature.</summary>
internal sealed record NodeSignerResult(
    double NodeNanoseconds,
    double OurNanoseconds,
    double Ratio,
    int Rounds,
    int SignaturesPerRound,
    bool AuthorizationMatches);
