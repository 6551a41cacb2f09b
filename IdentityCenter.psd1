# Module manifest for IdentityCenter. build.ps1 copies it into the built module folder and stamps ModuleVersion
# from <VersionPrefix> in Directory.Build.props, the one version source.
@{
    RootModule           = 'IdentityCenter.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '64a0455d-5b6d-4b67-900e-336233f07293'
    Author               = 'IdentityCenter contributors'
    CompanyName          = 'IdentityCenter contributors'
    Copyright            = 'IdentityCenter contributors'
    Description          = 'Manage Huawei Cloud IAM Identity Center from PowerShell: create permission sets and attach custom identity policies, in batches from the pipeline.'
    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion    = '5.1'

    # netstandard2.0 assemblies need .NET Framework 4.7.2 or later under Windows PowerShell.
    DotNetFrameworkVersion = '4.7.2'

    FormatsToProcess     = @('IdentityCenter.Format.ps1xml')
    CmdletsToExport      = @(
        'New-IdcPermissionSet'
        'Set-IdcCustomPolicy'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()

    PrivateData          = @{
        PSData = @{
            Tags = @('HuaweiCloud', 'IdentityCenter', 'IAM', 'SSO', 'PermissionSet', 'Windows', 'Linux', 'MacOS', 'PSEdition_Desktop', 'PSEdition_Core')
        }
    }
}
