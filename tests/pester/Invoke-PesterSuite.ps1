<#
.SYNOPSIS
Runs the whole Pester suite of tests/pester against the built module, writing an NUnit report.

.DESCRIPTION
build.ps1 -Task Test starts this in a fresh pwsh -NoProfile process, so the suite sees the built module as a user's
session would, with nothing the build loaded. Exits 0 when every test passed, 1 otherwise.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string] $PesterPath,
    [Parameter(Mandatory)][string] $ResultPath,
    [string] $Configuration = 'Release',
    [string[]] $Path = @($PSScriptRoot)
)

$ErrorActionPreference = 'Stop'
Import-Module -Name $PesterPath -Force

# The test files find the emulator and the module of the configuration build.ps1 built.
$env:IDC_TEST_CONFIGURATION = $Configuration

$pesterSettings = New-PesterConfiguration
$pesterSettings.Run.Path = $Path
$pesterSettings.Run.PassThru = $true
$pesterSettings.Output.Verbosity = 'Normal'
$pesterSettings.TestResult.Enabled = $true
$pesterSettings.TestResult.OutputFormat = 'NUnitXml'
$pesterSettings.TestResult.OutputPath = $ResultPath

$result = Invoke-Pester -Configuration $pesterSettings
if ($result.Result -ne 'Passed') {
    Write-Host "Pester: $($result.FailedCount) test(s) failed, $($result.FailedBlocksCount) block(s) and $($result.FailedContainersCount) file(s) failed to run."
    exit 1
}

exit 0
