<#
.SYNOPSIS
Compares 1,000 creates through New-IdcPermissionSet in one pipeline with 1,000 through the module's own Core client
called in a loop, in one pwsh process against a local emulator; prints the median ratio beside its goal of 1.10.

.DESCRIPTION
Run in a real pwsh after ./build.ps1 -Task Build:  dotnet pwsh -NoProfile ./bench/cmdlet-overhead.ps1
The Core loop is compiled C# (Add-Type) that awaits one CreatePermissionSetAsync after another, the fastest way a
caller can use the client one call at a time, so the ratio is the whole cost of the cmdlet layer: binding, -WhatIf
and -Confirm, the per-item plumbing and output. The cmdlet runs with its default -ThrottleLimit 1. Rounds alternate
which side goes first, because load on a shared machine drifts over seconds; the figure is the median of the
rounds' ratios.
#>
[CmdletBinding()]
param(
    [int] $Count = 1000,
    [int] $Rounds = 9,
    # Untimed rounds first: pwsh keeps recompiling hot code in the background for thousands of items, and a round
    # timed meanwhile measures the compiler as much as either side.
    [int] $WarmupRounds = 10,
    # Prints each round's figures as it ends.
    [switch] $ShowRounds
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '../tests/pester/IdcTestEmulator.psm1') -Force -Verbose:$false
$module = Import-Module (Get-IdcBuiltModulePath) -Force -PassThru -Verbose:$false
$core = Join-Path $module.ModuleBase 'dependencies/IdentityCenter.Core.dll'

Add-Type -ReferencedAssemblies $core, 'netstandard', 'System.Runtime', 'System.Threading.Tasks' -TypeDefinition @'
using System;
using System.Diagnostics;
using System.Threading.Tasks;
using IdentityCenter.Core;
using IdentityCenter.Core.Models;

public static class IdcCoreLoop
{
    public static double Run(IdentityCenterClient client, CreatePermissionSetRequest[] requests) => RunAsync(client, requests).GetAwaiter().GetResult();

    private static async Task<double> RunAsync(IdentityCenterClient client, CreatePermissionSetRequest[] requests)
    {
        var watch = Stopwatch.StartNew();
        foreach (var request in requests)
        {
            await client.CreatePermissionSetAsync(request).ConfigureAwait(false);
        }

        return watch.Elapsed.TotalMilliseconds;
    }
}
'@

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $middle = [int][math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

$emulator = Start-IdcTestEmulator
try {
    $connection = Get-IdcTestConnection -Emulator $emulator
    $options = [IdentityCenter.Core.IdcClientOptions]::new()
    $options.Endpoint = [uri] $emulator.Url
    $options.IamEndpoint = [uri] $emulator.Url
    $credentials = [IdentityCenter.Core.Credentials.IdcCredentials]::new($emulator.AccessKeyId, $connection.Credential.Password, $null, $emulator.DomainId, 'bench')
    $client = [IdentityCenter.Core.IdentityCenterClient]::new($options, $credentials, $null)

    $named = 0
    # This process's CPU time as well as the clock: on a loaded machine the clock also measures the neighbours.
    $self = [Diagnostics.Process]::GetCurrentProcess()
    $cmdletBlock = {
        Reset-IdcTestEmulator -Emulator $emulator
        $rows = foreach ($i in 1..$Count) { [pscustomobject]@{ Name = 'cmd-{0:d6}' -f (++$script:named) } }
        $cpu = $self.TotalProcessorTime
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $null = $rows | New-IdcPermissionSet -InstanceId $emulator.InstanceId @connection
        $elapsed = $watch.Elapsed.TotalMilliseconds
        $self.Refresh()
        $elapsed, ($self.TotalProcessorTime - $cpu).TotalMilliseconds
    }
    $coreBlock = {
        Reset-IdcTestEmulator -Emulator $emulator
        $requests = [IdentityCenter.Core.Models.CreatePermissionSetRequest[]]::new($Count)
        for ($i = 0; $i -lt $Count; $i++) {
            $requests[$i] = [IdentityCenter.Core.Models.CreatePermissionSetRequest]@{ InstanceId = $emulator.InstanceId; Name = 'core-{0:d6}' -f (++$script:named) }
        }
        $cpu = $self.TotalProcessorTime
        $elapsed = [IdcCoreLoop]::Run($client, $requests)
        $self.Refresh()
        $elapsed, ($self.TotalProcessorTime - $cpu).TotalMilliseconds
    }

    foreach ($warm in 1..([math]::Max(1, $WarmupRounds))) { $null = & $coreBlock; $null = & $cmdletBlock }

    $ratios = @(); $cpuRatios = @(); $cmdletTimes = @(); $coreTimes = @(); $cmdletCpu = @(); $coreCpu = @()
    foreach ($round in 1..$Rounds) {
        if ($round % 2) { $c = & $coreBlock; $m = & $cmdletBlock } else { $m = & $cmdletBlock; $c = & $coreBlock }
        $coreTimes += $c[0] / $Count; $cmdletTimes += $m[0] / $Count
        $coreCpu += $c[1] / $Count; $cmdletCpu += $m[1] / $Count
        $ratios += $m[0] / $c[0]; $cpuRatios += $m[1] / $c[1]
        if ($ShowRounds) {
            Write-Host ('round {0}: core {1:0.0} us ({2:0.0} us CPU), cmdlet {3:0.0} us ({4:0.0} us CPU) per create; ratio {5:0.000}, CPU {6:0.000}' -f `
                    $round, (1000 * $c[0] / $Count), (1000 * $c[1] / $Count), (1000 * $m[0] / $Count), (1000 * $m[1] / $Count), ($m[0] / $c[0]), ($m[1] / $c[1]))
        }
    }

    $ratio = Get-Median $ratios
    "$Count creates per block, $Rounds interleaved rounds after $WarmupRounds untimed, pwsh $($PSVersionTable.PSVersion), module $($module.Version), load average $((Get-Content /proc/loadavg -ErrorAction SilentlyContinue) -split ' ' | Select-Object -First 3)"
    'Core client in a loop   {0,8:0.0} us per create, {1,6:0.0} us CPU (medians)' -f (1000 * (Get-Median $coreTimes)), (1000 * (Get-Median $coreCpu))
    'New-IdcPermissionSet    {0,8:0.0} us per create, {1,6:0.0} us CPU (medians)' -f (1000 * (Get-Median $cmdletTimes)), (1000 * (Get-Median $cmdletCpu))
    'cmdlet / Core, time     {0,8:0.000}   (median of rounds; min {1:0.000}, max {2:0.000})   goal <= 1.10: {3}' -f `
        $ratio, ($ratios | Measure-Object -Minimum).Minimum, ($ratios | Measure-Object -Maximum).Maximum, $(if ($ratio -le 1.10) { 'PASS' } else { 'OVER' })
    'cmdlet / Core, CPU      {0,8:0.000}   (median of rounds; this process only)' -f (Get-Median $cpuRatios)
}
finally {
    Stop-IdcTestEmulator -Emulator $emulator
}
