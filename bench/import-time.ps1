#Requires -Version 7.0
<#
.SYNOPSIS
Measures Import-Module of the built module in fresh pwsh processes and prints the median.

.DESCRIPTION
Each sample starts its own pwsh -NoProfile, so nothing is loaded or cached in the process beforehand, and times only
the Import-Module inside it (Measure-Command), not the start of the process. The first sample warms the disk cache and
is left out. Prints every sample and the median in milliseconds. A figure to report, never asserted by a test: timings
on a shared machine vary too much for that.

.PARAMETER ModulePath
The manifest to import; by default the module build.ps1 built (out/IdentityCenter/<version>/IdentityCenter.psd1). Given
several (say a copy of an older build and the current one), their samples are taken in turns, so a busy moment of the
machine weighs on each alike.

.PARAMETER Count
How many fresh processes to time.

.PARAMETER Use
Also run one command after the import, such as a Test-IdcPolicy call, timed separately: the first use loads the
assemblies an import leaves for later.

.EXAMPLE
dotnet pwsh -NoProfile ./bench/import-time.ps1 -Count 21

.EXAMPLE
dotnet pwsh -NoProfile -c './bench/import-time.ps1 -ModulePath /tmp/old/IdentityCenter.psd1, ./out/IdentityCenter/0.1.0/IdentityCenter.psd1'

Several paths are one argument of a -Command, as -File would pass "a," and "b" apart.
#>
[CmdletBinding()]
param(
    [string[]] $ModulePath,

    [ValidateRange(3, 200)]
    [int] $Count = 15,

    [string] $Use
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$root = Split-Path -Parent $PSScriptRoot
if (-not $ModulePath) {
    $props = Join-Path $root 'Directory.Build.props'
    $version = (Select-Xml -Path $props -XPath '/Project/PropertyGroup/VersionPrefix' | Select-Object -First 1).Node.InnerText.Trim()
    $ModulePath = @(Join-Path $root "out/IdentityCenter/$version/IdentityCenter.psd1")
}

foreach ($path in $ModulePath) {
    if (-not (Test-Path -LiteralPath $path)) {
        throw "No module at $path; run ./build.ps1 first."
    }
}

# The same pwsh as this one; run as the dotnet tool, the host is dotnet and pwsh.dll the application.
$pwsh = [Environment]::ProcessPath
$prefix = @()
if ([System.IO.Path]::GetFileNameWithoutExtension($pwsh) -eq 'dotnet') {
    $prefix = @(Join-Path $PSHOME 'pwsh.dll')
}

function Get-SampleScript([string] $Path) {
    $quoted = (Resolve-Path -LiteralPath $Path).Path.Replace("'", "''")
    $script = "`$i = (Measure-Command { Import-Module '$quoted' -ErrorAction Stop }).TotalMilliseconds; `$u = 0"
    if ($Use) {
        $script += "; `$u = (Measure-Command { $Use | Out-Null }).TotalMilliseconds"
    }

    $script + "; '{0:F2} {1:F2}' -f `$i, `$u"
}

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    $middle = [int][math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

$runs = foreach ($path in $ModulePath) {
    [pscustomobject]@{
        Path    = $path
        Script  = Get-SampleScript $path
        Imports = [System.Collections.Generic.List[double]]::new()
        Uses    = [System.Collections.Generic.List[double]]::new()
    }
}

for ($sample = 0; $sample -le $Count; $sample++) {
    foreach ($run in $runs) {
        $line = & $pwsh @prefix -NoProfile -NonInteractive -Command $run.Script
        if ($LASTEXITCODE -ne 0) {
            throw "The import of $($run.Path) failed in a fresh pwsh (exit code $LASTEXITCODE): $line"
        }

        if ($sample -eq 0) { continue }
        $parts = "$(@($line)[-1])".Split(' ')
        $run.Imports.Add([double]::Parse($parts[0], [cultureinfo]::InvariantCulture))
        $run.Uses.Add([double]::Parse($parts[1], [cultureinfo]::InvariantCulture))
    }
}

foreach ($run in $runs) {
    $line = "{0}: Import-Module median {1:F1} ms" -f $run.Path, (Get-Median $run.Imports.ToArray())
    if ($Use) {
        $line += ", first use median {0:F1} ms" -f (Get-Median $run.Uses.ToArray())
    }

    Write-Host ($line + " ($Count fresh processes; samples " + (($run.Imports | ForEach-Object { [math]::Round($_) }) -join ' ') + ")")
    [pscustomobject]@{
        Module           = $run.Path
        Samples          = $Count
        ImportMedianMs   = [math]::Round((Get-Median $run.Imports.ToArray()), 1)
        FirstUseMedianMs = if ($Use) { [math]::Round((Get-Median $run.Uses.ToArray()), 1) } else { $null }
    }
}
