"""Entry point for mkdocs-macros: registers the site's macros."""


def define_env(env):
    @env.macro
    def page_language():
        return env.conf.plugins["i18n"].current_language
