package nl.vakwijzer.web.catalogue;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.vakwijzer.catalogue.api.ItemNode;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.web.shared.Bundle;

/**
 * A framework's item tree as nested lists with native disclosure ({@code <details>}/
 * {@code <summary>}): keyboard-usable (Tab, Enter, Space) and understood by screen readers
 * without any script, and rendered in one pass over the tree the page loaded with a single API
 * call (a Facelets recursion would build a component per item).
 *
 * <p>Usage: {@code <vw:frameworkTree value="#{view.tree}" reveal="#{view.revealId}" lang="nl"/>}
 * with {@code xmlns:vw="https://vakwijzer.nl/faces"}. An item with children is a disclosure
 * whose summary shows type, code and short name; its children are grouped by type when they are
 * of several types (a hoofdtaak's deeltaken and competencies). Every item links to its page.
 * {@code reveal} (an item id) opens the branches down to that item and marks it.
 */
@FacesComponent(value = FrameworkTree.TYPE, createTag = true, tagName = "frameworkTree", namespace = "https://vakwijzer.nl/faces")
public class FrameworkTree extends UIComponentBase {
  static final String TYPE = "nl.vakwijzer.FrameworkTree";

  @Override
  public String getFamily() {
    return "nl.vakwijzer";
  }

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  @Override
  public void encodeChildren(FacesContext context) {
    // no child components: the tree is data
  }

  @Override
  @SuppressWarnings("unchecked")
  public void encodeBegin(FacesContext context) throws IOException {
    List<ItemNode> roots = (List<ItemNode>) getAttributes().get("value");
    if (roots == null || roots.isEmpty()) {
      return;
    }
    Object reveal = getAttributes().get("reveal");
    Set<String> open = new HashSet<>();
    if (reveal != null) {
      pathTo(roots, reveal.toString(), new ArrayList<>(), open);
    }
    Writer writer =
        new Writer(
            context.getResponseWriter(),
            context.getViewRoot().getLocale(),
            context.getExternalContext().getRequestContextPath() + "/kaders/item.xhtml?id=",
            open,
            reveal == null ? null : reveal.toString());
    ResponseWriter out = context.getResponseWriter();
    out.startElement("div", this);
    out.writeAttribute("id", getClientId(context), null);
    out.writeAttribute("class", "vw-tree", null);
    Object lang = getAttributes().get("lang");
    if (lang != null) {
      out.writeAttribute("lang", lang, null);
    }
    writer.groups(roots, "root");
    out.endElement("div");
  }

  /** Collects the ids of the branches that lead to the item, the item itself included. */
  private static boolean pathTo(List<ItemNode> nodes, String target, List<String> path, Set<String> open) {
    for (ItemNode node : nodes) {
      String id = node.item().id().toString();
      path.add(id);
      if (id.equals(target) || pathTo(node.children(), target, path, open)) {
        open.addAll(path);
        path.remove(path.size() - 1);
        return true;
      }
      path.remove(path.size() - 1);
    }
    return false;
  }

  private static final class Writer {
    private final ResponseWriter out;
    private final Locale locale;
    private final String itemUrl;
    private final Set<String> open;
    private final String target;

    Writer(ResponseWriter out, Locale locale, String itemUrl, Set<String> open, String target) {
      this.out = out;
      this.locale = locale;
      this.itemUrl = itemUrl;
      this.open = open;
      this.target = target;
    }

    void node(ItemNode node) throws IOException {
      String id = node.item().id().toString();
      out.startElement("li", null);
      out.writeAttribute("id", "n-" + id, null);
      out.writeAttribute("data-code", node.item().humanCode(), null);
      out.writeAttribute("class", node.isLeaf() ? (id.equals(target) ? "vw-tree-leaf vw-tree-target" : "vw-tree-leaf") : "vw-tree-branch", null);
      if (node.isLeaf()) {
        leaf(node);
      } else {
        branch(node, id);
      }
      out.endElement("li");
    }

    private void leaf(ItemNode node) throws IOException {
      code(node);
      levelBadge(node);
      out.startElement("a", null);
      out.writeAttribute("href", itemUrl + node.item().id(), null);
      out.writeAttribute("class", "vw-tree-statement", null);
      out.writeText(node.item().label(), null);
      out.endElement("a");
    }

    private void branch(ItemNode node, String id) throws IOException {
      out.startElement("details", null);
      if (open.contains(id)) {
        out.writeAttribute("open", "open", null);
      }
      if (id.equals(target)) {
        out.writeAttribute("class", "vw-tree-target", null);
      }
      out.startElement("summary", null);
      span("vw-tree-type", text(node.item().type().messageKey()));
      out.write(' ');
      code(node);
      levelBadge(node);
      span("vw-tree-label", node.item().label());
      out.endElement("summary");

      out.startElement("div", null);
      out.writeAttribute("class", "vw-tree-body", null);
      if (!node.item().fullStatement().equals(node.item().label())) {
        out.startElement("p", null);
        out.writeAttribute("class", "vw-tree-full", null);
        out.writeText(node.item().fullStatement(), null);
        out.endElement("p");
      }
      out.startElement("p", null);
      out.writeAttribute("class", "vw-tree-more", null);
      out.startElement("a", null);
      out.writeAttribute("href", itemUrl + node.item().id(), null);
      out.writeText(text("catalogue.frameworks.tree.itemPage"), null);
      span("vw-visually-hidden", " " + node.item().humanCode());
      out.endElement("a");
      out.endElement("p");

      groups(node.children(), id);
      out.endElement("div");
      out.endElement("details");
    }

    /** Sibling items as one list per type, each named by its count ("8 deeltaken"). */
    void groups(List<ItemNode> siblings, String parentId) throws IOException {
      Map<ItemType, List<ItemNode>> groups = new LinkedHashMap<>();
      siblings.forEach(child -> groups.computeIfAbsent(child.item().type(), t -> new ArrayList<>()).add(child));
      for (Map.Entry<ItemType, List<ItemNode>> group : groups.entrySet()) {
        String groupId = "g-" + parentId + "-" + group.getKey().name();
        out.startElement("p", null);
        out.writeAttribute("id", groupId, null);
        out.writeAttribute("class", "vw-tree-group", null);
        out.writeText(text("catalogue.frameworks.count." + group.getKey().name(), group.getValue().size()), null);
        out.endElement("p");
        out.startElement("ul", null);
        out.writeAttribute("aria-labelledby", groupId, null);
        for (ItemNode child : group.getValue()) {
          node(child);
        }
        out.endElement("ul");
      }
    }

    private void code(ItemNode node) throws IOException {
      span("vw-code", node.item().humanCode());
      out.write(' ');
    }

    private void levelBadge(ItemNode node) throws IOException {
      String level = node.item().extension("level").orElse(null);
      if (level != null && Levels.isKnown(level)) {
        out.startElement("span", null);
        out.writeAttribute("class", "vw-level vw-level-" + level.toLowerCase(Locale.ROOT), null);
        out.writeText(text("catalogue.frameworks.level." + level), null);
        out.endElement("span");
        out.write(' ');
      }
    }

    private void span(String styleClass, String content) throws IOException {
      out.startElement("span", null);
      out.writeAttribute("class", styleClass, null);
      out.writeText(content, null);
      out.endElement("span");
    }

    private String text(String key, Object... arguments) {
      return Bundle.text(locale, key, arguments);
    }
  }
}
