# Runs the local Identity Center emulator for tests and demos: starts the built emulator on loopback, reads its
# startup banner, waits until it answers, and offers the admin calls tests need (reset, state, faults).
# Works in Windows PowerShell 5.1 and PowerShell 7.

Set-StrictMode -Version Latest

$script:RepositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:EmulatorProject = Join-Path $script:RepositoryRoot 'src/IdentityCenter.Emulator/IdentityCenter.Emulator.csproj'
$script:BannerLabels = @('AccessKeyId', 'SecretAccessKey', 'DomainId', 'InstanceId')
$script:ListeningPrefix = 'IdentityCenter emulator listening on '

function Get-IdcTestConfiguration {
    # build.ps1 sets IDC_TEST_CONFIGURATION so tests use what it built; Release otherwise, as build.ps1 builds.
    if ($env:IDC_TEST_CONFIGURATION) { $env:IDC_TEST_CONFIGURATION } else { 'Release' }
}

function Get-IdcBuiltModulePath {
    <#
    .SYNOPSIS
    The manifest of the module build.ps1 built: out/IdentityCenter/<VersionPrefix>/IdentityCenter.psd1.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()

    $props = Join-Path $script:RepositoryRoot 'Directory.Build.props'
    $version = (Select-Xml -Path $props -XPath '/Project/PropertyGroup/VersionPrefix' | Select-Object -First 1).Node.InnerText.Trim()
    $manifest = Join-Path $script:RepositoryRoot "out/IdentityCenter/$version/IdentityCenter.psd1"
    if (-not (Test-Path -LiteralPath $manifest)) {
        throw "The module is not built: $manifest is missing. Run ./build.ps1 first."
    }

    $manifest
}

function Get-IdcEmulatorAssembly {
    param([Parameter(Mandatory)][string] $Configuration)

    $path = & dotnet msbuild $script:EmulatorProject -nologo "-getProperty:TargetPath" "-p:Configuration=$Configuration"
    if ($LASTEXITCODE -ne 0 -or -not $path) {
        throw "Could not ask MSBuild where the emulator is built (exit code $LASTEXITCODE)."
    }

    # The last line is the answer; anything before it would be MSBuild chatter.
    "$(@($path)[-1])".Trim()
}

function Read-SharedText {
    param([Parameter(Mandatory)][string] $Path)

    # The emulator still has the file open for writing; open it so that is allowed.
    if (-not (Test-Path -LiteralPath $Path)) { return '' }
    $stream = [System.IO.File]::Open($Path, [System.IO.FileMode]::Open, [System.IO.FileAccess]::Read, [System.IO.FileShare]::ReadWrite)
    try {
        $reader = New-Object System.IO.StreamReader($stream)
        $reader.ReadToEnd()
    }
    finally {
        $stream.Dispose()
    }
}

function ConvertFrom-IdcEmulatorBanner {
    <#
    .SYNOPSIS
    Reads the emulator's "Label: value" banner lines into a hashtable; the listening line becomes Url.
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param([Parameter(Mandatory)][AllowEmptyString()][string] $Text)

    $values = @{}
    foreach ($line in ($Text -split "\r?\n")) {
        if ($line.StartsWith($script:ListeningPrefix)) {
            $values['Url'] = $line.Substring($script:ListeningPrefix.Length).Trim()
        }
        elseif ($line -match '^(?<label>[A-Za-z]+): (?<value>.*)$') {
            $values[$Matches['label']] = $Matches['value'].Trim()
        }
    }

    $values
}

function Start-IdcTestEmulator {
    <#
    .SYNOPSIS
    Starts the built emulator and returns Url, AccessKeyId, SecretAccessKey, DomainId, InstanceId and Process.
    .DESCRIPTION
    Runs the emulator's assembly with dotnet directly (not through "dotnet run", whose child process would outlive
    Stop-Process), builds it first when it is not built, reads the banner it prints and waits until
    GET /_emulator/state answers. The secret is returned as plain text: these are the emulator's demo values.
    #>
    [CmdletBinding()]
    param(
        # Port 0 lets the system pick a free port; the banner says which.
        [string] $Url = 'http://127.0.0.1:0',
        [string] $Configuration = (Get-IdcTestConfiguration),
        [int] $TimeoutSeconds = 60,
        # More emulator options, such as '--rate-limit', '100'.
        [string[]] $ArgumentList = @()
    )

    $assembly = Get-IdcEmulatorAssembly -Configuration $Configuration
    if (-not (Test-Path -LiteralPath $assembly)) {
        Write-Verbose "Building the emulator ($Configuration)."
        & dotnet build $script:EmulatorProject -c $Configuration --nologo | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "Building the emulator failed (exit code $LASTEXITCODE)." }
    }

    $stamp = [guid]::NewGuid().ToString('N')
    $outputFile = Join-Path ([System.IO.Path]::GetTempPath()) "idc-emulator-$stamp.out.txt"
    $errorFile = Join-Path ([System.IO.Path]::GetTempPath()) "idc-emulator-$stamp.err.txt"
    $process = Start-Process -FilePath 'dotnet' -ArgumentList (@("`"$assembly`"", '--urls', $Url) + $ArgumentList) `
        -RedirectStandardOutput $outputFile -RedirectStandardError $errorFile -NoNewWindow -PassThru

    $emulator = [pscustomobject]@{
        PSTypeName      = 'IdcTestEmulator'
        Url             = $null
        AccessKeyId     = $null
        SecretAccessKey = $null
        DomainId        = $null
        InstanceId      = $null
        Process         = $process
        OutputFile      = $outputFile
        ErrorFile       = $errorFile
    }

    try {
        $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
        $banner = @{}
        while ($true) {
            $banner = ConvertFrom-IdcEmulatorBanner -Text (Read-SharedText -Path $outputFile)
            $missing = @(@('Url') + $script:BannerLabels | Where-Object { -not $banner.ContainsKey($_) })
            if ($missing.Count -eq 0) { break }
            if ($process.HasExited) {
                throw "The emulator exited with code $($process.ExitCode) before printing its banner: $(Read-SharedText -Path $errorFile)"
            }
            if ([DateTime]::UtcNow -gt $deadline) {
                throw "The emulator printed no complete banner within $TimeoutSeconds s (missing: $($missing -join ', '))."
            }
            Start-Sleep -Milliseconds 100
        }

        $emulator.Url = $banner['Url']
        foreach ($label in $script:BannerLabels) { $emulator.$label = $banner[$label] }

        while ($true) {
            try {
                Invoke-RestMethod -Method Get -Uri "$($emulator.Url)/_emulator/state" -TimeoutSec 5 | Out-Null
                break
            }
            catch {
                if ($process.HasExited) { throw "The emulator exited with code $($process.ExitCode): $(Read-SharedText -Path $errorFile)" }
                if ([DateTime]::UtcNow -gt $deadline) { throw "The emulator at $($emulator.Url) did not answer within $TimeoutSeconds s: $_" }
                Start-Sleep -Milliseconds 200
            }
        }
    }
    catch {
        Stop-IdcTestEmulator -Emulator $emulator
        throw
    }

    $emulator
}

function Stop-IdcTestEmulator {
    <#
    .SYNOPSIS
    Stops an emulator Start-IdcTestEmulator started and removes its output files.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Emulator)

    $process = $Emulator.Process
    if ($process -and -not $process.HasExited) {
        Stop-Process -Id $process.Id -Force -ErrorAction SilentlyContinue
        $null = $process.WaitForExit(10000)
    }

    foreach ($file in @($Emulator.OutputFile, $Emulator.ErrorFile)) {
        if ($file -and (Test-Path -LiteralPath $file)) {
            Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
        }
    }
}

function Reset-IdcTestEmulator {
    <#
    .SYNOPSIS
    Empties the emulator: permission sets, faults and the request log.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Emulator)

    Invoke-RestMethod -Method Post -Uri "$($Emulator.Url)/_emulator/reset" | Out-Null
}

function Get-IdcTestEmulatorState {
    <#
    .SYNOPSIS
    The emulator's state: instances with their permission sets, active faults and the count of API requests.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Emulator)

    Invoke-RestMethod -Method Get -Uri "$($Emulator.Url)/_emulator/state"
}

function Get-IdcTestEmulatorRequest {
    <#
    .SYNOPSIS
    The API requests the emulator has finished with, oldest first: method, path, operation, statusCode and outcome
    (Answered, Dropped, or Cancelled when the client went away while the request was held).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Emulator)

    (Invoke-RestMethod -Method Get -Uri "$($Emulator.Url)/_emulator/requests").requests
}

function Add-IdcTestEmulatorFault {
    <#
    .SYNOPSIS
    Makes the emulator fail matching requests, e.g. @{ operation = 'CreatePermissionSet'; count = 1; status = 403 }.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] $Emulator,
        [Parameter(Mandatory)][hashtable] $Fault
    )

    $body = $Fault | ConvertTo-Json -Depth 5
    Invoke-RestMethod -Method Post -Uri "$($Emulator.Url)/_emulator/faults" -Body $body -ContentType 'application/json' | Out-Null
}

function Get-IdcTestConnection {
    <#
    .SYNOPSIS
    The parameters that point a cmdlet at the emulator with its demo credentials, for splatting (@connection).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Emulator)

    $secret = ConvertTo-SecureString -String $Emulator.SecretAccessKey -AsPlainText -Force
    @{
        EndpointUrl = $Emulator.Url
        Credential  = [pscredential]::new($Emulator.AccessKeyId, $secret)
        DomainId    = $Emulator.DomainId
    }
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
)

function Backup-IdcTestEnvironment {
    <#
    .SYNOPSIS
    Saves the credential-chain environment variables and clears them, pointing the credentials file at a path that
    does not exist, so a test sees only what it sets and never the user's own keys.
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
    'ConvertFrom-IdcEmulatorBanner'
    'Start-IdcTestEmulator'
    'Stop-IdcTestEmulator'
    'Reset-IdcTestEmulator'
    'Get-IdcTestEmulatorState'
    'Get-IdcTestEmulatorRequest'
    'Add-IdcTestEmulatorFault'
)
