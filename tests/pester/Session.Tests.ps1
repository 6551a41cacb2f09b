# Connect-IdcService, Disconnect-IdcService and Get-IdcContext against the local emulator: the session's settings
# reach commands, the documented precedence holds, nothing is written to disk, and no secret is ever shown.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1') -WithEmulator

    $secret = ConvertTo-SecureString -String $emulator.SecretAccessKey -AsPlainText -Force
    $emulatorCredential = [pscredential]::new($emulator.AccessKeyId, $secret)

    # A well-formed key pair the emulator does not know: a command that uses it is refused with APIGW.0301.
    $wrongSecret = 'WrongSecretKeyForPrecedenceTests000000001'
    $wrongCredential = [pscredential]::new('AKUNKNOWNTOTHEEMULATOR', (ConvertTo-SecureString -String $wrongSecret -AsPlainText -Force))

    function Test-CreatesWithoutCredentialParameters {
        param([string] $Name)
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name $Name -ErrorAction SilentlyContinue -ErrorVariable failed
        [pscustomobject]@{ Created = [bool]$set; Failure = $failed | Select-Object -First 1 }
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'The session' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
        Disconnect-IdcService
        $savedEnvironment = Backup-IdcTestEnvironment -EmptyCredentialsFile (Join-Path $TestDrive 'no-credentials-file')
    }

    AfterEach {
        Disconnect-IdcService
        Restore-IdcTestEnvironment -Saved $savedEnvironment
    }

    It 'lets commands run without credential parameters after Connect-IdcService' {
        Connect-IdcService -Credential $emulatorCredential -DomainId $emulator.DomainId -EndpointUrl $emulator.Url

        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'FromSession'

        $set.Name | Should -Be 'FromSession'
        $set.PSObject.TypeNames[0] | Should -Be 'IdentityCenter.PermissionSet'
    }

    It 'writes nothing without -PassThru and the context with it' {
        Connect-IdcService -EndpointUrl $emulator.Url | Should -BeNullOrEmpty

        $context = Connect-IdcService -Credential $emulatorCredential -EndpointUrl $emulator.Url -PassThru

        $context.PSObject.TypeNames[0] | Should -Be 'IdentityCenter.Context'
        $context.AccessKeyId | Should -Be $emulator.AccessKeyId
        "$($context.CredentialSource)" | Should -Be 'Session'
    }

    It 'shows where each setting comes from' {
        $env:HUAWEICLOUD_SDK_AK = 'AKFROMENVIRONMENT'
        $env:HUAWEICLOUD_SDK_SK = 'SecretFromEnvironment0000000000000000001'
        Connect-IdcService -DomainId 'd0000000000000000000000000000042' -EndpointUrl $emulator.Url

        $context = Get-IdcContext

        $context.AccessKeyId | Should -Be 'AKFROMENVIRONMENT'
        "$($context.CredentialSource)" | Should -Be 'Environment'
        $context.DomainId | Should -Be 'd0000000000000000000000000000042'
        "$($context.DomainIdSource)" | Should -Be 'Session'
        "$($context.EndpointSource)" | Should -Be 'Session'
        $context.Problem | Should -BeNullOrEmpty
    }

    It 'reports the default endpoint and no credentials, with a warning, when nothing is set' {
        $context = Get-IdcContext -WarningVariable warnings -WarningAction SilentlyContinue

        "$($context.CredentialSource)" | Should -Be 'None'
        "$($context.EndpointSource)" | Should -Be 'Default'
        $context.Endpoint | Should -BeLike 'https://identitycenter.myhuaweicloud.com*'
        $context.Problem | Should -BeLike '*No Huawei Cloud access key*'
        $warnings.Count | Should -Be 1
    }

    It 'forgets everything on Disconnect-IdcService' {
        Connect-IdcService -Credential $emulatorCredential -DomainId $emulator.DomainId -EndpointUrl $emulator.Url

        Disconnect-IdcService

        $context = Get-IdcContext -WarningAction SilentlyContinue
        "$($context.CredentialSource)" | Should -Be 'None'
        "$($context.EndpointSource)" | Should -Be 'Default'
        { New-IdcPermissionSet -InstanceId $instanceId -Name 'AfterDisconnect' } | Should -Throw -ErrorId 'IdentityCenter.Credentials,*'
    }

    It 'replaces the whole session on each connect' {
        Connect-IdcService -Credential $emulatorCredential -DomainId $emulator.DomainId -EndpointUrl $emulator.Url

        Connect-IdcService -EndpointUrl $emulator.Url

        "$((Get-IdcContext -WarningAction SilentlyContinue).CredentialSource)" | Should -Be 'None'
    }

    It 'uses a profile of the credentials file' {
        $file = Join-Path $TestDrive 'credentials'
        @(
            '[global]'
            'ak = AKGLOBALNOTUSED'
            "sk = $wrongSecret"
            ''
            '[emulator]'
            "ak = $($emulator.AccessKeyId)"
            "sk = $($emulator.SecretAccessKey)"
            "domain_id = $($emulator.DomainId)"
        ) | Set-Content -LiteralPath $file
        $env:HUAWEICLOUD_SDK_CREDENTIALS_FILE = $file

        Connect-IdcService -ProfileName emulator -EndpointUrl $emulator.Url

        (Get-IdcContext).ProfileName | Should -Be 'emulator'
        (Test-CreatesWithoutCredentialParameters -Name 'FromProfile').Created | Should -BeTrue
    }

    It 'refuses a profile that is not in the credentials file, keeping the previous session' {
        Connect-IdcService -EndpointUrl $emulator.Url

        { Connect-IdcService -ProfileName 'missing' } | Should -Throw -ErrorId 'IdentityCenter.Credentials,*'

        "$((Get-IdcContext -WarningAction SilentlyContinue).EndpointSource)" | Should -Be 'Session'
    }

    It 'refuses a plain-http endpoint on another computer at the connect' {
        $failure = { Connect-IdcService -EndpointUrl 'http://identitycenter.example.com' } |
            Should -Throw -ErrorId 'IdentityCenter.InvalidSetting,*' -PassThru

        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
    }
}

Describe 'Precedence: parameters, then the session, then the environment, then the credentials file' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
        Disconnect-IdcService
        $savedEnvironment = Backup-IdcTestEnvironment -EmptyCredentialsFile (Join-Path $TestDrive 'no-credentials-file')
        $env:HUAWEICLOUD_SDK_IDENTITYCENTER_ENDPOINT = $emulator.Url
        $env:HUAWEICLOUD_SDK_DOMAIN_ID = $emulator.DomainId
        $file = Join-Path $TestDrive 'precedence-credentials'
        # The file's keys are refused by the emulator, which tells them apart from the environment's and the session's.
        @('[global]', 'ak = AKFROMTHEFILE', "sk = $wrongSecret", "domain_id = $($emulator.DomainId)") | Set-Content -LiteralPath $file
    }

    AfterEach {
        Disconnect-IdcService
        Restore-IdcTestEnvironment -Saved $savedEnvironment
    }

    It 'takes the credentials file when nothing else is set' {
        $env:HUAWEICLOUD_SDK_CREDENTIALS_FILE = $file

        "$((Get-IdcContext).CredentialSource)" | Should -Be 'CredentialsFile'
        (Test-CreatesWithoutCredentialParameters -Name 'FileOnly').Failure.FullyQualifiedErrorId | Should -BeLike 'APIGW.0301,*'
    }

    It 'takes the environment over the credentials file' {
        $env:HUAWEICLOUD_SDK_CREDENTIALS_FILE = $file
        $env:HUAWEICLOUD_SDK_AK = $emulator.AccessKeyId
        $env:HUAWEICLOUD_SDK_SK = $emulator.SecretAccessKey

        "$((Get-IdcContext).CredentialSource)" | Should -Be 'Environment'
        (Test-CreatesWithoutCredentialParameters -Name 'EnvironmentWins').Created | Should -BeTrue
    }

    It 'takes the session over the environment' {
        $env:HUAWEICLOUD_SDK_AK = 'AKUNKNOWNTOTHEEMULATOR'
        $env:HUAWEICLOUD_SDK_SK = $wrongSecret
        Connect-IdcService -Credential $emulatorCredential -DomainId $emulator.DomainId

        "$((Get-IdcContext).CredentialSource)" | Should -Be 'Session'
        (Test-CreatesWithoutCredentialParameters -Name 'SessionWins').Created | Should -BeTrue
    }

    It 'takes the parameters over the session' {
        Connect-IdcService -Credential $wrongCredential

        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'ParametersWin' -Credential $emulatorCredential -DomainId $emulator.DomainId

        $set.Name | Should -Be 'ParametersWin'
    }

    It 'takes an endpoint parameter over the session endpoint' {
        Connect-IdcService -Credential $emulatorCredential -DomainId $emulator.DomainId -EndpointUrl 'http://127.0.0.1:9'

        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'EndpointParameterWins' -EndpointUrl $emulator.Url

        $set.Name | Should -Be 'EndpointParameterWins'
    }
}

Describe 'Secrets' {
    BeforeAll {
        $savedEnvironment = Backup-IdcTestEnvironment -EmptyCredentialsFile (Join-Path $TestDrive 'no-credentials-file')
        $tokenText = 'SessionTokenThatMustNeverBeShown000000000001'
        $token = ConvertTo-SecureString -String $tokenText -AsPlainText -Force
    }

    AfterAll {
        Disconnect-IdcService
        Restore-IdcTestEnvironment -Saved $savedEnvironment
    }

    It 'never shows the secret key or the token at any preference level' {
        $VerbosePreference = 'Continue'
        $DebugPreference = 'Continue'
        $InformationPreference = 'Continue'

        $everything = & {
            Connect-IdcService -Credential $emulatorCredential -SecurityToken $token -DomainId $emulator.DomainId -EndpointUrl $emulator.Url -PassThru -Verbose
            Get-IdcContext | Format-List * -Force
            Get-IdcContext | ConvertTo-Json -Depth 3
            New-IdcPermissionSet -InstanceId $instanceId -Name 'NoSecrets' -Verbose -Debug -ErrorAction SilentlyContinue
            Disconnect-IdcService -Verbose
        } *>&1 | Out-String

        $everything | Should -Not -BeLike "*$([WildcardPattern]::Escape($emulator.SecretAccessKey))*"
        $everything | Should -Not -BeLike "*$([WildcardPattern]::Escape($tokenText))*"
        ($Error | Out-String) | Should -Not -BeLike "*$([WildcardPattern]::Escape($tokenText))*"
    }

    It 'writes nothing to disk' {
        $before = @(Get-ChildItem -LiteralPath $TestDrive -Recurse -Force | ForEach-Object FullName)
        $profileFolder = Join-Path $HOME '.huaweicloud'
        $profileBefore = if (Test-Path -LiteralPath $profileFolder) { @(Get-ChildItem -LiteralPath $profileFolder -Recurse -Force | ForEach-Object { "$($_.FullName)|$($_.LastWriteTimeUtc.Ticks)" }) } else { @() }

        Connect-IdcService -Credential $emulatorCredential -SecurityToken $token -DomainId $emulator.DomainId -EndpointUrl $emulator.Url
        Disconnect-IdcService

        @(Get-ChildItem -LiteralPath $TestDrive -Recurse -Force | ForEach-Object FullName) | Should -Be $before
        $profileAfter = if (Test-Path -LiteralPath $profileFolder) { @(Get-ChildItem -LiteralPath $profileFolder -Recurse -Force | ForEach-Object { "$($_.FullName)|$($_.LastWriteTimeUtc.Ticks)" }) } else { @() }
        $profileAfter | Should -Be $profileBefore
    }
}

Describe 'Tab completion of -InstanceId' {
    BeforeEach {
        Disconnect-IdcService
        $savedEnvironment = Backup-IdcTestEnvironment -EmptyCredentialsFile (Join-Path $TestDrive 'no-credentials-file')
    }

    AfterEach {
        Disconnect-IdcService
        Restore-IdcTestEnvironment -Saved $savedEnvironment
    }

    It 'offers the instances the service lists for the session account' {
        Connect-IdcService -Credential $emulatorCredential -DomainId $emulator.DomainId -EndpointUrl $emulator.Url
        $line = 'Set-IdcCustomPolicy -InstanceId '

        $offered = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches

        $offered.CompletionText | Should -Contain $instanceId
    }

    # A typed endpoint is never called by itself (see Hardening.Tests.ps1); one that names the configured endpoint is.
    It 'completes when the endpoint typed on the command line is the configured one' {
        $env:HUAWEICLOUD_SDK_AK = $emulator.AccessKeyId
        $env:HUAWEICLOUD_SDK_SK = $emulator.SecretAccessKey
        $env:HUAWEICLOUD_SDK_DOMAIN_ID = $emulator.DomainId
        $env:HUAWEICLOUD_SDK_IDENTITYCENTER_ENDPOINT = $emulator.Url
        $line = "New-IdcPermissionSet -EndpointUrl $($emulator.Url) -InstanceId ins-"

        $offered = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches

        $offered.CompletionText | Should -Contain $instanceId
    }

    It 'offers nothing, quickly and without an error, when the service cannot be reached' {
        Connect-IdcService -Credential $emulatorCredential -DomainId $emulator.DomainId -EndpointUrl 'http://127.0.0.1:9'
        $line = 'New-IdcPermissionSet -InstanceId '
        $errorsBefore = $Error.Count

        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $offered = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
        $watch.Stop()

        # With nothing from the completer, PowerShell offers file names instead; none of them is a parameter value.
        @($offered | Where-Object ResultType -eq 'ParameterValue').Count | Should -Be 0
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 10
        $Error.Count | Should -Be $errorsBefore
    }
}
