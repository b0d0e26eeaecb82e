//! The Share dialog's body, written at build time with the cards' texts (key `"share"`):
//! the link field, the choices of what an embed shows, the embed code's field, the height
//! preview and the copy buttons. The browser fills in the values (`components/share_dialog.rs`);
//! the buttons carry their own "copied" and "select to copy" messages (`data-done`,
//! `data-fail`), so the wasm holds none of these words.

use crate::html::Html;
use crate::lang::Lang;
use crate::share::Choice;
use crate::{html, write_html};

/// The dialog's words in one language.
struct Words {
    title: &'static str,
    close: &'static str,
    link: &'static str,
    copy_link: &'static str,
    link_copied: &'static str,
    native: &'static str,
    shows: &'static str,
    parts: [&'static str; 3],
    tables: &'static str,
    code: &'static str,
    copy_code: &'static str,
    code_copied: &'static str,
    selected: &'static str,
    height: (&'static str, &'static str),
    help: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            title: "Share or embed this view",
            close: "Close",
            link: "Link to this view",
            copy_link: "Copy link",
            link_copied: "Link copied",
            native: "Share…",
            shows: "Show in the embed",
            parts: ["The map", "The chart", "Map and chart"],
            tables: "With the tables",
            code: "Embed code",
            copy_code: "Copy code",
            code_copied: "Code copied",
            selected: "Selected: press Ctrl+C to copy",
            height: ("About ", " px high at this width"),
            help: "Paste both lines into your page. The script (no inline code, so a strict Content-Security-Policy allows it; allow this site in the page's frame-src and script-src) fits the frame to its content.",
        },
        Lang::Kk => Words {
            title: "Осы көріністі бөлісу не сайтқа енгізу",
            close: "Жабу",
            link: "Осы көрініске сілтеме",
            copy_link: "Сілтемені көшіру",
            link_copied: "Сілтеме көшірілді",
            native: "Бөлісу…",
            shows: "Енгізілген бетте көрсету",
            parts: ["Карта", "Диаграмма", "Карта мен диаграмма"],
            tables: "Кестелерімен бірге",
            code: "Сайтқа енгізу коды",
            copy_code: "Кодты көшіру",
            code_copied: "Код көшірілді",
            selected: "Белгіленді: көшіру үшін Ctrl+C басыңыз",
            height: ("Осы енде биіктігі шамамен ", " px"),
            help: "Екі жолды да өз бетіңізге қойыңыз. Скрипт (ішкі коды жоқ, сондықтан қатаң Content-Security-Policy оған рұқсат береді; беттің frame-src және script-src тізіміне осы сайтты қосыңыз) фреймнің биіктігін мазмұнына сәйкестендіреді.",
        },
        Lang::Ru => Words {
            title: "Поделиться этим видом или встроить его",
            close: "Закрыть",
            link: "Ссылка на этот вид",
            copy_link: "Копировать ссылку",
            link_copied: "Ссылка скопирована",
            native: "Поделиться…",
            shows: "Показать во встроенном виде",
            parts: ["Карта", "Диаграмма", "Карта и диаграмма"],
            tables: "С таблицами",
            code: "Код для встраивания",
            copy_code: "Копировать код",
            code_copied: "Код скопирован",
            selected: "Выделено: нажмите Ctrl+C, чтобы скопировать",
            height: ("При этой ширине высота около ", " px"),
            help: "Вставьте обе строки на свою страницу. Скрипт (без встроенного кода, поэтому строгая Content-Security-Policy его пропускает; добавьте этот сайт в frame-src и script-src страницы) подгоняет высоту фрейма под содержимое.",
        },
    }
}

/// The dialog's body in `lang` (its heading is `#share-title`, which labels the dialog).
pub fn share_dialog_html(lang: Lang) -> Html {
    let w = words(lang);
    let mut s = html!(
        r#"<header class="card-head"><h2 id="share-title">{}</h2><button type="button" class="icon-button close" data-action="close" aria-label="{}" title="{}">×</button></header><label class="share-label" for="share-link">{}</label><div class="copy-row"><input id="share-link" type="text" readonly><button type="button" class="button" data-copy="share-link" data-done="{}" data-fail="{}">{}</button><button type="button" class="button ghost native-share" data-action="native">{}</button></div><fieldset class="share-parts"><legend>{}</legend>"#,
        w.title,
        w.close,
        w.close,
        w.link,
        w.link_copied,
        w.selected,
        w.copy_link,
        w.native,
        w.shows
    );
    for (c, label) in Choice::ALL.into_iter().zip(w.parts) {
        let checked = if c == Choice::Both { Html::trusted_static(" checked") } else { Html::new() };
        write_html!(
            &mut s,
            r#"<label class="check"><input type="radio" name="share-show" value="{}"{}><span>{}</span></label>"#,
            c.slug(),
            checked,
            label
        );
    }
    write_html!(
        &mut s,
        r#"<label class="check"><input type="checkbox" name="share-tables"><span>{}</span></label></fieldset><label class="share-label" for="share-code">{}</label><textarea id="share-code" readonly rows="5" spellcheck="false"></textarea><div class="copy-row"><button type="button" class="button" data-copy="share-code" data-done="{}" data-fail="{}">{}</button><p class="share-height"><span class="height-bar" aria-hidden="true"></span><span>{}<span data-fill="height"></span>{}</span></p></div><p class="muted share-help">{}</p><p class="share-status" role="status"></p>"#,
        w.tables,
        w.code,
        w.code_copied,
        w.selected,
        w.copy_code,
        w.height.0,
        w.height.1,
        w.help
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dialog_has_its_fields_choices_and_messages_in_each_language() {
        for lang in Lang::ALL {
            let h = share_dialog_html(lang);
            let h = h.as_str();
            for needle in [
                r#"id="share-title""#,
                r#"id="share-link""#,
                r#"id="share-code""#,
                r#"data-fill="height""#,
                r#"name="share-tables""#,
                r#"role="status""#,
            ] {
                assert!(h.contains(needle), "{lang:?}: {needle}");
            }
            for c in Choice::ALL {
                assert!(h.contains(&format!(r#"value="{}""#, c.slug())), "{lang:?}");
            }
            assert_eq!(h.matches(" checked").count(), 1);
            assert!(h.contains(words(lang).code_copied));
        }
        assert!(share_dialog_html(Lang::Kk).as_str().contains("Сайтқа енгізу коды"));
    }
}
