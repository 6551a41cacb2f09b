# The module beside other modules' copies of its dependencies: each scenario runs in a fresh pwsh -NoProfile, since
# what a process has loaded cannot be unloaded. Another module's copies are the Microsoft.Extensions packages that
# tests/IdentityCenter.PowerShell.Tests downloads at the versions Directory.Packages.props states; each is loaded with
# Add-Type -Path, as a module that ships it would. Then the types users meet across the load context boundary.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1') -WithEmulator

    $repositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $moduleFolder = Split-Path -Parent $IdcManifestPath
    $dependencyFolder = Join-Path $moduleFolder 'dependencies'

    function Get-PinnedVersion([string] $Property) {
        $props = Join-Path $repositoryRoot 'Directory.Packages.props'
        $node = Select-Xml -Path $props -XPath "/Project/PropertyGroup/$Property" | Select-Object -First 1
        if (-not $node) { throw "Directory.Packages.props has no <$Property>." }
        $node.Node.InnerText.Trim()
    }

    function Get-OtherModuleAssembly([string] $Package, [string] $VersionProperty, [string] $Framework) {
        $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
        $version = Get-PinnedVersion $VersionProperty
        $path = Join-Path $packages "$($Package.ToLowerInvariant())/$version/lib/$Framework/$Package.dll"
        if (-not (Test-Path -LiteralPath $path)) {
            throw "$Package $version is not in $packages; 'dotnet restore IdentityCenter.PowerShell.sln' downloads it."
        }

        $path
    }

    $olderAbstractions = Get-OtherModuleAssembly 'Microsoft.Extensions.DependencyInjection.Abstractions' 'OlderDependencyInjectionAbstractionsVersion' 'net6.0'
    $olderHttp = Get-OtherModuleAssembly 'Microsoft.Extensions.Http' 'OlderExtensionsHttpVersion' 'netstandard2.0'
    $newerAbstractions = Get-OtherModuleAssembly 'Microsoft.Extensions.DependencyInjection.Abstractions' 'NewerDependencyInjectionAbstractionsVersion' 'net8.0'

    # The same pwsh as this one, for a fresh process per scenario.
    $pwshCommand = Get-IdcPwshCommand
    $pwsh = $pwshCommand.FilePath
    $pwshPrefix = @($pwshCommand.Prefix)

    # What every scenario starts with: where the module and the emulator are, passed in the environment (the secret is
    # the emulator's demo key, never a real one), and a helper that creates a permission set and puts a policy on it.
    $prelude = @'
$ErrorActionPreference = 'Stop'
$module = $env:IDC_LOADING_MODULE
$secret = ConvertTo-SecureString -String $env:IDC_LOADING_SECRET -AsPlainText -Force
$connection = @{ EndpointUrl = $env:IDC_LOADING_URL; Credential = [pscredential]::new($env:IDC_LOADING_KEY, $secret); DomainId = $env:IDC_LOADING_DOMAIN }
$policy = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["obs:*:get*"],"Resource":["*"]}]}'
function Invoke-PolicyWork([string] $Name) {
    $set = New-IdcPermissionSet -InstanceId $env:IDC_LOADING_INSTANCE -Name $Name @connection
    $assignment = $set | Set-IdcCustomPolicy -Policy $policy -PassThru @connection
    [ordered]@{ PermissionSetId = $set.PermissionSetId; Policy = $assignment.Policy; IsPermissionSet = $set -is [IdentityCenter.Core.Models.PermissionSet] }
}
function Get-ContextName($Assembly) { [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($Assembly).Name }
'@

    function Invoke-FreshPwsh([Parameter(Mandatory)][string] $Script, [hashtable] $Environment = @{}) {
        $values = @{
            IDC_LOADING_MODULE   = $IdcManifestPath
            IDC_LOADING_URL      = $emulator.Url
            IDC_LOADING_KEY      = $emulator.AccessKeyId
            IDC_LOADING_SECRET   = $emulator.SecretAccessKey
            IDC_LOADING_DOMAIN   = $emulator.DomainId
            IDC_LOADING_INSTANCE = $emulator.InstanceId
        } + $Environment
        foreach ($name in $values.Keys) { Set-Item -Path "env:$name" -Value $values[$name] }
        try {
            $text = & $pwsh @pwshPrefix -NoProfile -NonInteractive -Command ($prelude + "`n" + $Script + "`n`$result | ConvertTo-Json -Depth 5 -Compress") 2>&1
            $exit = $LASTEXITCODE
        }
        finally {
            foreach ($name in $values.Keys) { Remove-Item -Path "env:$name" -ErrorAction SilentlyContinue }
        }

        if ($exit -ne 0) {
            throw "The fresh pwsh failed (exit code $exit):`n$($text -join "`n")"
        }

        "$(@($text)[-1])" | ConvertFrom-Json
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'The module beside other modules'' copies of its dependencies' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
    }

    It 'works when older Microsoft.Extensions copies were loaded first' {
        $result = Invoke-FreshPwsh -Environment @{ IDC_OLDER_ABSTRACTIONS = $olderAbstractions; IDC_OLDER_HTTP = $olderHttp } -Script @'
Add-Type -Path $env:IDC_OLDER_ABSTRACTIONS
Add-Type -Path $env:IDC_OLDER_HTTP
Import-Module $module
$work = Invoke-PolicyWork 'AfterOlder'
$defaults = [System.Runtime.Loader.AssemblyLoadContext]::Default.Assemblies | Where-Object { $_.GetName().Name -like 'Microsoft.Extensions.*' }
$result = [ordered]@{ Work = $work; DefaultCopies = @($defaults | ForEach-Object { '{0} {1}' -f $_.GetName().Name, $_.GetName().Version }) }
'@

        $result.Work.PermissionSetId | Should -Match '^ps-'
        $result.Work.Policy | Should -Match 'obs:\*:get\*'
        $result.Work.IsPermissionSet | Should -BeTrue
        # The other module keeps its own copies in the shared context, untouched by ours.
        $result.DefaultCopies | Should -Be @('Microsoft.Extensions.DependencyInjection.Abstractions 6.0.0.0', 'Microsoft.Extensions.Http 6.0.0.0')
        (Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).name | Should -Be 'AfterOlder'
    }

    It 'leaves another module free to load a newer copy after ours was used, and both go on working' {
        $result = Invoke-FreshPwsh -Environment @{ IDC_NEWER_ABSTRACTIONS = $newerAbstractions } -Script @'
Import-Module $module
$before = Invoke-PolicyWork 'BeforeNewer'
Add-Type -Path $env:IDC_NEWER_ABSTRACTIONS
$descriptor = [Microsoft.Extensions.DependencyInjection.ServiceDescriptor]::Singleton([string], 'from the other module')
$after = Invoke-PolicyWork 'AfterNewer'
$result = [ordered]@{
    Before = $before; After = $after
    Lifetime = "$($descriptor.Lifetime)"; Instance = $descriptor.ImplementationInstance
    TheirVersion = "$($descriptor.GetType().Assembly.GetName().Version)"; TheirContext = Get-ContextName $descriptor.GetType().Assembly
}
'@

        $result.Before.PermissionSetId | Should -Match '^ps-'
        $result.After.PermissionSetId | Should -Match '^ps-'
        $result.After.Policy | Should -Match 'obs:\*:get\*'
        $result.Lifetime | Should -Be 'Singleton'
        $result.Instance | Should -Be 'from the other module'
        $result.TheirVersion | Should -Be '9.0.0.0'
        $result.TheirContext | Should -Be 'Default'
        @(Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).Count | Should -Be 2
    }

    It 'keeps Core and every dependency it loads in its named context, out of the default one, and takes the framework from the host' {
        $result = Invoke-FreshPwsh -Script @'
Import-Module $module
$null = Invoke-PolicyWork 'Census'
$folder = Join-Path (Split-Path -Parent $module) 'dependencies'
$ours = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { -not $_.IsDynamic -and $_.Location -and $_.Location.StartsWith($folder) }
$result = [ordered]@{
    Ours = @($ours | ForEach-Object { [ordered]@{ Name = $_.GetName().Name; Context = Get-ContextName $_ } })
    Default = @([System.Runtime.Loader.AssemblyLoadContext]::Default.Assemblies | Where-Object { -not $_.IsDynamic } | ForEach-Object { [ordered]@{ Name = $_.GetName().Name; Location = $_.Location } })
    CoreTypeContext = Get-ContextName ([IdentityCenter.Core.Models.PermissionSet].Assembly)
}
'@

        $shipped = @(Get-ChildItem -LiteralPath $dependencyFolder -Filter '*.dll' | ForEach-Object BaseName)
        $loading = @('IdentityCenter.PowerShell.LoadContext', 'IdentityCenter.PowerShell.Loading')
        $inOurContext = @($result.Ours | Where-Object Name -notin $loading)

        $result.CoreTypeContext | Should -Be 'IdentityCenter'
        $inOurContext.Name | Should -Contain 'IdentityCenter.Core'
        $inOurContext.Name | Should -Contain 'Microsoft.Extensions.Http'
        $inOurContext.Name | Should -Contain 'Microsoft.Extensions.DependencyInjection'
        $inOurContext | ForEach-Object { $_.Context | Should -Be 'IdentityCenter' -Because "$($_.Name) came from our dependencies folder" }
        # Of our files, the default context holds only the loading itself (it sets up the context).
        @($result.Default | Where-Object { $_.Location -and $_.Location.StartsWith($dependencyFolder) }).Name | Sort-Object | Should -Be $loading
        # None of the dependencies that live in our context is in the default one, under any copy.
        @($result.Default | Where-Object Name -in $inOurContext.Name) | Should -BeNullOrEmpty
        # System.Text.Json is the host's: shipped for Windows PowerShell, not loaded from our folder here.
        $shipped | Should -Contain 'System.Text.Json'
        $result.Ours.Name | Should -Not -Contain 'System.Text.Json'
        ($result.Default | Where-Object Name -eq 'System.Text.Json').Location | Should -Not -BeLike "$([WildcardPattern]::Escape($moduleFolder))*"
    }

    It 'signs with libcrypto''s SHA-256 from inside its context wherever the runtime itself hashes with OpenSSL 3' {
        $result = Invoke-FreshPwsh -Script @'
Import-Module $module
$work = Invoke-PolicyWork 'Hashing'
$core = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'IdentityCenter.Core' }
$engine = $core.GetType('IdentityCenter.Core.Signing.HashEngine', $true).GetProperty('Default').GetValue($null)
$openSsl = if ($IsLinux) { [System.Security.Cryptography.SafeEvpPKeyHandle]::OpenSslVersion } else { 0 }
$result = [ordered]@{ Work = $work; Engine = $engine.Name; OpenSsl3 = $openSsl -ge 0x30000000 }
'@

        $result.Work.PermissionSetId | Should -Match '^ps-'
        $result.Engine | Should -Be $(if ($result.OpenSsl3) { 'libcrypto SHA-256' } else { 'IncrementalHash' })
    }

    It 'works again after Remove-Module and Import-Module in the same process' {
        $result = Invoke-FreshPwsh -Script @'
Import-Module $module
$first = Invoke-PolicyWork 'First'
Remove-Module IdentityCenter
$gone = [bool](Get-Command New-IdcPermissionSet -ErrorAction SilentlyContinue)
Import-Module $module
$second = Invoke-PolicyWork 'Second'
Import-Module $module -Force
$third = Invoke-PolicyWork 'Third'
$cores = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'IdentityCenter.Core' })
$result = [ordered]@{ First = $first; Gone = $gone; Second = $second; Third = $third; CoreCopies = $cores.Count; Context = Get-ContextName $cores[0] }
'@

        $result.Gone | Should -BeFalse
        $result.First.PermissionSetId | Should -Match '^ps-'
        $result.Second.PermissionSetId | Should -Match '^ps-'
        $result.Third.PermissionSetId | Should -Match '^ps-'
        $result.Third.IsPermissionSet | Should -BeTrue
        $result.CoreCopies | Should -Be 1
        $result.Context | Should -Be 'IdentityCenter'
        @(Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).Count | Should -Be 3
    }
}

Describe 'Types users meet across the load context boundary' {
    BeforeAll {
        Reset-IdcTestEmulator -Emulator $emulator
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'Boundary' @connection
    }

    It 'resolves the output type by name for -is, casts and [OutputType]' {
        $set -is [IdentityCenter.Core.Models.PermissionSet] | Should -BeTrue
        [IdentityCenter.Core.Models.PermissionSet] | Should -Be $set.GetType()
        (Get-Command New-IdcPermissionSet).OutputType.Type | Should -Be ([IdentityCenter.Core.Models.PermissionSet])
    }

    It 'shows the stable type name first and the .NET name after it to Get-Member' {
        ($set | Get-Member)[0].TypeName | Should -Be 'IdentityCenter.PermissionSet'
        $set.PSObject.TypeNames | Should -Contain 'IdentityCenter.Core.Models.PermissionSet'
    }

    It 'formats the output with its table view' {
        $table = $set | Format-Table | Out-String

        $table | Should -Match 'PermissionSetId'
        $table | Should -Match ([regex]::Escape($set.PermissionSetId))
    }

    It 'gives an ErrorRecord whose exception is the Core type, to -is and to a typed catch' {
        $null = New-IdcPermissionSet -InstanceId $instanceId -Name 'Boundary' @connection -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].Exception -is [IdentityCenter.Core.Errors.IdcServiceException] | Should -BeTrue
        $failures[0].Exception.StatusCode | Should -Be 409

        $caught = try { New-IdcPermissionSet -InstanceId $instanceId -Name 'Boundary' @connection -ErrorAction Stop }
        catch [IdentityCenter.Core.Errors.IdcServiceException] { 'typed catch' }
        $caught | Should -Be 'typed catch'
    }

    It 'still completes and transforms arguments: a tag hashtable and a TimeSpan reach the service' {
        $timed = New-IdcPermissionSet -InstanceId $instanceId -Name 'Transformed' -SessionDuration (New-TimeSpan -Hours 2) -Tag @{ team = 'ops' } @connection
        $timed.SessionDuration | Should -Be 'PT2H'

        $completion = TabExpansion2 -inputScript 'New-IdcPermissionSet -SessionDuration ' -cursorColumn 38
        $completion.CompletionMatches.CompletionText | Should -Not -BeNullOrEmpty
    }
}
