# Module manifest for IdentityCenter.Testing. build.ps1 copies it into out/IdentityCenter.Testing/<version>/ and stamps
# ModuleVersion from <VersionPrefix> in Directory.Build.props and ReleaseNotes from CHANGELOG.md, as for IdentityCenter.
@{
    RootModule           = 'IdentityCenter.Testing.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '4cae9129-d3bc-46d4-9bae-0b5bf8205142'
    Author               = 'IdentityCenter contributors'
    CompanyName          = 'IdentityCenter contributors'
    Copyright            = 'IdentityCenter contributors'
    Description          = 'Test your IdentityCenter scripts offline: start the local Identity Center emulator (the idc-emulator .NET tool) on a free port, point the IdentityCenter module at it, reset it between tests, inject throttling, errors, delays and dropped connections, and read what it holds.'
    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion    = '5.1'

    FunctionsToExport    = @(
        'Start-IdcEmulator'
        'Stop-IdcEmulator'
        'Reset-IdcEmulator'
        'Add-IdcEmulatorFault'
        'Get-IdcEmulatorState'
        'Get-IdcEmulatorRequest'
    )
    CmdletsToExport      = @()
    AliasesToExport      = @()
    VariablesToExport    = @()

    PrivateData          = @{
        PSData = @{
            Tags = @('HuaweiCloud', 'IdentityCenter', 'Emulator', 'Testing', 'Pester', 'Windows', 'Linux', 'MacOS', 'PSEdition_Desktop', 'PSEdition_Core')

            # Stamped by the build from CHANGELOG.md; keep this line as it is.
            ReleaseNotes = ''
        }
    }
}
