# The test suite's names for the emulator, over IdentityCenter.Testing, the module users get: the suite starts the
# emulator build.ps1 built, through the same Start-IdcEmulator a user's tests call. Also the repository's paths and the
# environment helpers tests share. Works in Windows PowerShell 5.1 and PowerShell 7.

Set-StrictMode -Version Latest

$script:RepositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:EmulatorProject = Join-Path $script:RepositoryRoot 'src/IdentityCenter.Emulator/IdentityCenter.Emulator.csproj'

function Get-IdcTestConfiguration {
    # build.ps1 sets IDC_TEST_CONFIGURATION so tests use what it built; Release otherwise, as build.ps1 builds.
    if ($env:IDC_TEST_CONFIGURATION) { $env:IDC_TEST_CONFIGURATION } else { 'Release' }
}

function Get-IdcRepositoryVersion {
    $props = Join-Path $script:RepositoryRoot 'Directory.Build.props'
    (Select-Xml -Path $props -XPath '/Project/PropertyGroup/VersionPrefix' | Select-Object -First 1).Node.InnerText.Trim()
}

function Get-IdcBuiltManifest {
    param([Parameter(Mandatory)][string] $ModuleName)

    $version = Get-IdcRepositoryVersion
    $manifest = Join-Path $script:RepositoryRoot "out/$ModuleName/$version/$ModuleName.psd1"
    if (-not (Test-Path -LiteralPath $manifest)) {
        throw "$ModuleName is not built: $manifest is missing. Run ./build.ps1 first."
    }

    $manifest
}

function Get-IdcBuiltModulePath {
    <#
    .SYNOPSIS
    The manifest of the module build.ps1 built: out/IdentityCenter/<VersionPrefix>/IdentityCenter.psd1.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()

    Get-IdcBuiltManifest -ModuleName 'IdentityCenter'
}

function Get-IdcBuiltTestingModulePath {
    <#
    .SYNOPSIS
    The manifest of the testing module build.ps1 built: out/IdentityCenter.Testing/<VersionPrefix>/IdentityCenter.Testing.psd1.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()

    Get-IdcBuiltManifest -ModuleName 'IdentityCenter.Testing'
}

function Get-IdcPackageFolder {
    <#
    .SYNOPSIS
    out/package, where build.ps1 -Task Package lays out both modules and the emulator's tool package.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()

    $folder = Join-Path $script:RepositoryRoot 'out/package'
    if (-not (Test-Path -LiteralPath (Join-Path $folder 'IdentityCenter.Testing'))) {
        throw "Nothing is packaged: $folder has no IdentityCenter.Testing. Run ./build.ps1 -Task Package first."
    }

    $folder
}

function Get-IdcEmulatorAssembly {
    <#
    .SYNOPSIS
    The emulator's built assembly for the configuration, built first when it is missing.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([string] $Configuration = (Get-IdcTestConfiguration))

    $path = & dotnet msbuild $script:EmulatorProject -nologo "-getProperty:TargetPath" "-p:Configuration=$Configuration"
    if ($LASTEXITCODE -ne 0 -or -not $path) {
        throw "Could not ask MSBuild where the emulator is built (exit code $LASTEXITCODE)."
    }

    # The last line is the answer; anything before it would be MSBuild chatter.
    $assembly = "$(@($path)[-1])".Trim()
    if (-not (Test-Path -LiteralPath $assembly)) {
        Write-Verbose "Building the emulator ($Configuration)."
        & dotnet build $script:EmulatorProject -c $Configuration --nologo | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "Building the emulator failed (exit code $LASTEXITCODE)." }
    }

    $assembly
}

function Get-IdcPwshCommand {
    <#
    .SYNOPSIS
    How to start a fresh pwsh like this one: the program and the arguments that come before pwsh's own.
    #>
    [CmdletBinding()]
    param()

    $pwsh = [Environment]::ProcessPath
    $prefix = @()
    if ([System.IO.Path]::GetFileNameWithoutExtension($pwsh) -eq 'dotnet') {
        # Run as the dotnet tool: the host is dotnet, and pwsh.dll is the application.
        $prefix += Join-Path $PSHOME 'pwsh.dll'
    }

    [pscustomobject]@{ FilePath = $pwsh; Prefix = $prefix }
}

# The suite's calls go to the built IdentityCenter.Testing; imported into the global scope so test files may call its
# commands directly as users would.
Import-Module (Get-IdcBuiltTestingModulePath) -Global -Force

function Start-IdcTestEmulator {
    <#
    .SYNOPSIS
    Starts the built emulator and returns what Start-IdcEmulator does, with SecretAccessKey as plain text for tests.
    #>
    [CmdletBinding()]
    param(
        # Port 0 lets the system pick a free port.
        [string] $Url = 'http://127.0.0.1:0',
        [string] $Configuration = (Get-IdcTestConfiguration),
        [int] $TimeoutSeconds = 60,
        # More emulator options, such as '--rate-limit', '100'.
        [string[]] $ArgumentList = @()
    )

    $emulator = Start-IdcEmulator -Path (Get-IdcEmulatorAssembly -Configuration $Configuration) -Url $Url -TimeoutSeconds $TimeoutSeconds -ArgumentList $ArgumentList
    # The emulator's published demo secret; the suite's older files build their own credentials from it.
    $emulator | Add-Member -MemberType NoteProperty -Name SecretAccessKey -Value $emulator.Credential.GetNetworkCredential().Password
    $emulator
}

function Stop-IdcTestEmulator {
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Emulator)

    Stop-IdcEmulator -Emulator $Emulator
}

function Reset-IdcTestEmulator {
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Emulator)

    Reset-IdcEmulator -Emulator $Emulator
}

function Get-IdcTestEmulatorState {
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Emulator)

    Get-IdcEmulatorState -Emulator $Emulator
}

function Get-IdcTestEmulatorRequest {
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Emulator)

    Get-IdcEmulatorRequest -Emulator $Emulator
}

function Add-IdcTestEmulatorFault {
    <#
    .SYNOPSIS
    Add-IdcEmulatorFault with the fault as a hashtable of its wire names, e.g. @{ operation = 'CreatePermissionSet'; count = 1; status = 403 }.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] $Emulator,
        [Parameter(Mandatory)][hashtable] $Fault
    )

    # The wire names are Add-IdcEmulatorFault's parameter names.
    $null = Add-IdcEmulatorFault -Emulator $Emulator @Fault
}

function Get-IdcTestConnection {
    <#
    .SYNOPSIS
    The parameters that point a cmdlet at the emulator with its demo credentials, for splatting (@connection).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Emulator)

    $Emulator.ConnectionParameters.Clone()
}

function Get-IdcTestPermissionSet {
    <#
    .SYNOPSIS
    The permission sets the emulator holds in an instance, as its state endpoint shows them.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] $Emulator,
        [Parameter(Mandatory)][string] $InstanceId
    )

    $state = Get-IdcTestEmulatorState -Emulator $Emulator
    ($state.instances | Where-Object instanceId -eq $InstanceId).permissionSets
}

# The variables the credential chain reads; tests that change them restore them.
$script:CredentialVariables = @(
    'HUAWEICLOUD_SDK_AK'
    'HUAWEICLOUD_SDK_SK'
    'HUAWEICLOUD_SDK_SECURITY_TOKEN'
    'HUAWEICLOUD_SDK_DOMAIN_ID'
    'HUAWEICLOUD_SDK_CREDENTIALS_FILE'
    'HUAWEICLOUD_SDK_IDENTITYCENTER_ENDPOINT'
    'HUAWEICLOUD_SDK_IAM_ENDPOINT'
    'HUAWEICLOUD_SDK_METADATA_URL'
)

function Backup-IdcTestEnvironment {
    <#
    .SYNOPSIS
    Saves the credential-chain environment variables and clears them, pointing the credentials file at a path that
    does not exist and the ECS metadata service at a loopback port where nothing listens, so a test sees only what it
    sets and never the user's own keys or the server's.
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param([Parameter(Mandatory)][string] $EmptyCredentialsFile)

    $saved = @{}
    foreach ($name in $script:CredentialVariables) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $null)
    }

    [Environment]::SetEnvironmentVariable('HUAWEICLOUD_SDK_CREDENTIALS_FILE', $EmptyCredentialsFile)
    [Environment]::SetEnvironmentVariable('HUAWEICLOUD_SDK_METADATA_URL', 'http://127.0.0.1:1')
    $saved
}

function Restore-IdcTestEnvironment {
    <#
    .SYNOPSIS
    Puts back the variables Backup-IdcTestEnvironment saved.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)][hashtable] $Saved)

    foreach ($name in $Saved.Keys) {
        [Environment]::SetEnvironmentVariable($name, $Saved[$name])
    }
}

Export-ModuleMember -Function @(
    'Backup-IdcTestEnvironment'
    'Restore-IdcTestEnvironment'
    'Get-IdcTestConnection'
    'Get-IdcTestPermissionSet'
    'Get-IdcBuiltModulePath'
    'Get-IdcBuiltTestingModulePath'
    'Get-IdcPackageFolder'
    'Get-IdcEmulatorAssembly'
    'Get-IdcPwshCommand'
    'Start-IdcTestEmulator'
    'Stop-IdcTestEmulator'
    'Reset-IdcTestEmulator'
    'Get-IdcTestEmulatorState'
    'Get-IdcTestEmulatorRequest'
    'Add-IdcTestEmulatorFault'
)
