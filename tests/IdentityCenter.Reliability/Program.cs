using IdentityCenter.Reliability;

var options = new ReliabilityOptions();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    var value = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
    switch (args[i])
    {
        case "--creates":
            options.Creates = value;
            break;
        case "--puts":
            options.PolicyPuts = value;
            break;
        case "--assignments":
            options.Assignments = value;
            break;
        case "--seed":
            options.Seed = value;
            break;
        default:
            Console.Error.WriteLine("usage: run [--creates N] [--puts N] [--assignments N] [--seed N]");
            return 2;
    }
}

Console.WriteLine("reliability run: " + options);
var started = System.Diagnostics.Stopwatch.StartNew();
var report = await ReliabilityRun.RunAsync(options);
Console.WriteLine(report);
Console.WriteLine($"elapsed:        {started.Elapsed.TotalSeconds:0.0} s");
return report.Passed ? 0 : 1;
