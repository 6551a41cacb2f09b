<#
.SYNOPSIS
Times 1,000 creates through the built module against the emulator holding each create 50 ms, at -ThrottleLimit 1, 4
and 16, then against an emulator that throttles; prints each figure beside its goal.

.DESCRIPTION
Run in a real pwsh after ./build.ps1 -Task Build:  dotnet pwsh -NoProfile ./bench/concurrency.ps1
Each run empties the emulator, injects a 50 ms delay on every create, pipes 1,000 rows into New-IdcPermissionSet and
then counts from the emulator's own log and state: requests answered 429, sets created, names held twice (duplicates)
and rows with no set (lost). The throttling run uses the emulator's --rate-limit; when the emulator answers no 429 to
it, a second run throttles 5% of creates by fault instead, so the limiter is exercised either way.
#>
[CmdletBinding()]
param(
    [int] $Count = 1000,
    [int] $DelayMs = 50,
    [int[]] $ThrottleLimit = @(1, 4, 16),
    [double] $RateLimit = 100,
    [int] $ThrottledAt = 16
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '../tests/pester/IdcTestEmulator.psm1') -Force
Import-Module (Get-IdcBuiltModulePath) -Force

function Invoke-Run {
    param($Emulator, [int] $Limit, [string] $Prefix, [hashtable[]] $Faults)

    $connection = Get-IdcTestConnection -Emulator $Emulator
    Reset-IdcTestEmulator -Emulator $Emulator
    foreach ($fault in $Faults) { Add-IdcTestEmulatorFault -Emulator $Emulator -Fault $fault }
    $rows = 1..$Count | ForEach-Object { [pscustomobject]@{ Name = '{0}-{1:d4}' -f $Prefix, $_ } }

    $watch = [Diagnostics.Stopwatch]::StartNew()
    $created = @($rows | New-IdcPermissionSet -InstanceId $Emulator.InstanceId -ThrottleLimit $Limit @connection -ErrorVariable failed -ErrorAction SilentlyContinue)
    $watch.Stop()

    # The gateway's rate limit answers before routing, so its 429s carry no operation: match creates by method and path.
    $requests = @((Invoke-RestMethod -Method Get -Uri "$($Emulator.Url)/_emulator/requests").requests | Where-Object { $_.method -eq 'POST' -and $_.path -like '*/permission-sets' })
    $stored = @((Get-IdcTestPermissionSet -Emulator $Emulator -InstanceId $Emulator.InstanceId) | Where-Object name -like "$Prefix-*")
    $names = @($stored.name)
    [pscustomobject]@{
        Limit      = $Limit
        Seconds    = $watch.Elapsed.TotalSeconds
        Requests   = $requests.Count
        Throttled  = @($requests | Where-Object statusCode -eq 429).Count
        Created    = $created.Count
        Errors     = $failed.Count
        Duplicates = $names.Count - @($names | Select-Object -Unique).Count
        Lost       = @($rows.Name | Where-Object { $names -notcontains $_ }).Count
        InOrder    = ($created.Name -join ',') -eq ($rows.Name -join ',')
    }
}

function Write-Run {
    param($Run, [string] $Label, [string] $Goal)

    $rate = $Run.Requests / $Run.Seconds
    '{0,-34} {1,7:0.00} s  {2,6:0} req/s  429s {3,4}  created {4,4}  errors {5}  duplicates {6}  lost {7}  in order {8}   {9}' -f `
        $Label, $Run.Seconds, $rate, $Run.Throttled, $Run.Created, $Run.Errors, $Run.Duplicates, $Run.Lost, $Run.InOrder, $Goal
}

$emulator = Start-IdcTestEmulator
try {
    $delay = @{ operation = 'CreatePermissionSet'; delayMs = $DelayMs }
    # The first calls of a process pay for JIT and the connection: warm up before timing.
    $null = Invoke-Run -Emulator $emulator -Limit 4 -Prefix 'Warm' -Faults @($delay)

    "$Count creates, $DelayMs ms per request, pwsh $($PSVersionTable.PSVersion), module $((Get-Module IdentityCenter).Version)"
    foreach ($limit in $ThrottleLimit) {
        $run = Invoke-Run -Emulator $emulator -Limit $limit -Prefix "N$limit" -Faults @($delay)
        $ideal = $Count * $DelayMs / 1000 / $limit
        $goal = if ($limit -eq 16) { 'goal <= {0:0.00} s (1.3x ideal): {1}' -f (1.3 * $ideal), $(if ($run.Seconds -le 1.3 * $ideal) { 'PASS' } else { 'OVER' }) } else { 'ideal {0:0.00} s' -f $ideal }
        Write-Run -Run $run -Label "-ThrottleLimit $limit" -Goal ("{0:0.00}x ideal; {1}; duplicates/lost goal 0" -f ($run.Seconds / $ideal), $goal)
    }
}
finally {
    Stop-IdcTestEmulator -Emulator $emulator
}

$limited = Start-IdcTestEmulator -ArgumentList @('--rate-limit', "$RateLimit")
try {
    $run = Invoke-Run -Emulator $limited -Limit $ThrottledAt -Prefix 'Rate' -Faults @(@{ operation = 'CreatePermissionSet'; delayMs = $DelayMs })
    $floor = $Count / $RateLimit
    if ($run.Throttled -eq 0) {
        Write-Run -Run $run -Label "--rate-limit $RateLimit, N $ThrottledAt" -Goal '(this emulator answers no 429 to --rate-limit)'
    }
    else {
        Write-Run -Run $run -Label "--rate-limit $RateLimit, N $ThrottledAt" -Goal ('goal: >= 80% of {0} req/s created ({1:0}%), duplicates/lost 0' -f $RateLimit, (100 * $Count / $run.Seconds / $RateLimit))
    }
}
finally {
    Stop-IdcTestEmulator -Emulator $limited
}

if ($run.Throttled -eq 0) {
    $plain = Start-IdcTestEmulator
    try {
        $faults = @(
            @{ operation = 'CreatePermissionSet'; probability = 0.05; seed = 7; status = 429; retryAfterSeconds = 1 }
            @{ operation = 'CreatePermissionSet'; delayMs = $DelayMs }
        )
        $run = Invoke-Run -Emulator $plain -Limit $ThrottledAt -Prefix 'Fault' -Faults $faults
        Write-Run -Run $run -Label "5% of creates 429, N $ThrottledAt" -Goal 'goal: every set created once, duplicates/lost 0'
    }
    finally {
        Stop-IdcTestEmulator -Emulator $plain
    }
}
