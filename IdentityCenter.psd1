# Module manifest for IdentityCenter. build.ps1 copies it into the built module folder and stamps ModuleVersion
# from <VersionPrefix> in Directory.Build.props (the one version source), and ReleaseNotes from that version's section
# of CHANGELOG.md.
@{
    RootModule           = 'IdentityCenter.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '64a0455d-5b6d-4b67-900e-336233f07293'
    Author               = 'IdentityCenter contributors'
    CompanyName          = 'IdentityCenter contributors'
    Copyright            = 'IdentityCenter contributors'
    Description          = 'Manage Huawei Cloud IAM Identity Center from PowerShell: create, read, update and remove permission sets, their custom and managed identity policies and their tags, in batches from the pipeline and in runbooks that converge when run again; check policies offline; keep credentials for the session; try it all against a local emulator.'
    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion    = '5.1'

    # netstandard2.0 assemblies need .NET Framework 4.7.2 or later under Windows PowerShell.
    DotNetFrameworkVersion = '4.7.2'

    # Imported before the root module: it sets up where Core and the dependencies load from (a private load context on
    # PowerShell 7), which PowerShell needs as soon as it reads the cmdlet assembly's types.
    NestedModules        = @('dependencies/IdentityCenter.PowerShell.Loading.dll')

    FormatsToProcess     = @('IdentityCenter.Format.ps1xml')
    CmdletsToExport      = @(
        'Add-IdcManagedPolicy'
        'Add-IdcPermissionSetTag'
        'Connect-IdcService'
        'Disconnect-IdcService'
        'Get-IdcAccountAssignment'
        'Get-IdcAccountAssignmentRequest'
        'Get-IdcContext'
        'Get-IdcCustomPolicy'
        'Get-IdcInstance'
        'Get-IdcManagedPolicy'
        'Get-IdcPermissionSet'
        'Get-IdcPermissionSetProvisioningRequest'
        'Get-IdcPermissionSetTag'
        'Get-IdcProvisionedPermissionSet'
        'Install-IdcPermissionSet'
        'New-IdcAccountAssignment'
        'New-IdcPermissionSet'
        'Remove-IdcAccountAssignment'
        'Remove-IdcCustomPolicy'
        'Remove-IdcManagedPolicy'
        'Remove-IdcPermissionSet'
        'Remove-IdcPermissionSetTag'
        'Set-IdcCustomPolicy'
        'Set-IdcPermissionSet'
        'Test-IdcPolicy'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()

    PrivateData          = @{
        PSData = @{
            Tags = @('HuaweiCloud', 'IdentityCenter', 'IAM', 'SSO', 'PermissionSet', 'Policy', 'Windows', 'Linux', 'MacOS', 'PSEdition_Desktop', 'PSEdition_Core')

            # ProjectUri and LicenseUri are left out: the project has no public address yet. build.ps1 -ProjectUri and
            # -LicenseUri write them into the built manifest when a release has them.

            # Stamped by the build from CHANGELOG.md; keep this line as it is.
            ReleaseNotes = ''
        }
    }
}
