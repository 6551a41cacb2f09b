<#
.SYNOPSIS
The setup every test file shares, dot-sourced from its BeforeAll:  . (Join-Path $PSScriptRoot 'TestSetup.ps1') [-WithEmulator]

.DESCRIPTION
Imports the emulator helpers (tests/pester/IdcTestEmulator.psm1, over the built IdentityCenter.Testing that users get)
and the built module once for the file (as $IdcModule, from $IdcManifestPath). With
-WithEmulator it also starts an emulator on a free port and sets $emulator, $connection (splat it into a cmdlet to reach
the emulator with its demo credentials) and $instanceId. Complete-IdcTestFile, for the file's AfterAll, undoes it
all. Each file stays runnable alone: Invoke-Pester tests/pester/X.Tests.ps1, once the module is built.
#>
param([switch] $WithEmulator)

Import-Module (Join-Path $PSScriptRoot 'IdcTestEmulator.psm1') -Force
$IdcManifestPath = Get-IdcBuiltModulePath
$IdcModule = Import-Module $IdcManifestPath -Force -PassThru

if ($WithEmulator) {
    $emulator = Start-IdcTestEmulator
    $connection = Get-IdcTestConnection -Emulator $emulator
    $instanceId = $emulator.InstanceId
}

function Complete-IdcTestFile {
    # The session is process-wide: a file that connected must not leave its settings to the next file.
    if (Get-Command -Name Disconnect-IdcService -ErrorAction SilentlyContinue) {
        Disconnect-IdcService
    }

    # The file's $emulator, seen from the AfterAll that calls this.
    $started = Get-Variable -Name emulator -ValueOnly -ErrorAction SilentlyContinue
    if ($started) { Stop-IdcTestEmulator -Emulator $started }
    Remove-Module -Name IdentityCenter -Force -ErrorAction SilentlyContinue
    Remove-Module -Name IdcTestEmulator -Force -ErrorAction SilentlyContinue
    Remove-Module -Name IdentityCenter.Testing -Force -ErrorAction SilentlyContinue
}
