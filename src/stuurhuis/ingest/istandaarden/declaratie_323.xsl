<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: EUPL-1.2 -->
<!--
  The claim lines (Prestatie) of the Clienten element of a 323, one line of tab-separated
  text per Prestatie: the columns of kolommen.KOLOMMEN, in that order. Run on a part of
  the message that has passed the XSD as far as it goes (kolommen.py); the namespaces
  urn:stuurhuis:bericht and urn:stuurhuis:basis are replaced by those of the message type
  (iWmo or iJw) before the stylesheet is compiled.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:m="urn:stuurhuis:bericht"
    xmlns:b="urn:stuurhuis:basis">
  <xsl:output method="text" encoding="UTF-8"/>
  <!-- Only the first $tot Clients: the parser may have begun the next one already. -->
  <xsl:param name="tot" select="0"/>
  <xsl:template match="/">
    <xsl:for-each select="m:Clienten/m:Client[position() &lt;= $tot]">
      <xsl:variable name="bsn" select="string(m:Bsn)"/>
      <xsl:for-each select="m:Prestaties/m:Prestatie">
        <xsl:value-of select="$bsn"/><xsl:text>&#9;</xsl:text>
        <xsl:value-of select="m:ProductReferentie/b:ReferentieNummer"/><xsl:text>&#9;</xsl:text>
        <xsl:value-of select="m:ProductReferentie/b:VorigReferentieNummer"/><xsl:text>&#9;</xsl:text>
        <xsl:value-of select="m:ToewijzingNummer"/><xsl:text>&#9;</xsl:text>
        <xsl:value-of select="m:ProductCategorie"/><xsl:text>&#9;</xsl:text>
        <xsl:value-of select="m:ProductCode"/><xsl:text>&#9;</xsl:text>
        <xsl:value-of select="m:ProductPeriode/b:Begindatum"/><xsl:text>&#9;</xsl:text>
        <xsl:value-of select="m:ProductPeriode/b:Einddatum"/><xsl:text>&#9;</xsl:text>
        <xsl:value-of select="m:GeleverdVolume"/><xsl:text>&#9;</xsl:text>
        <xsl:value-of select="m:Eenheid"/><xsl:text>&#9;</xsl:text>
        <xsl:value-of select="m:ProductTarief"/><xsl:text>&#9;</xsl:text>
        <xsl:value-of select="m:IngediendBedrag/b:Bedrag"/><xsl:text>&#9;</xsl:text>
        <xsl:value-of select="m:IngediendBedrag/b:DebetCredit"/><xsl:text>&#10;</xsl:text>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
